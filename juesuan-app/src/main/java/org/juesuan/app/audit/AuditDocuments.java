package org.juesuan.app.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.audit.Auditor;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.Readers;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.SourceRef;

/**
 * Audits published disclosures (审查公开文件): each file read in its format, recognised under the profile that fits it
 * (or the one asked for), and checked.
 *
 * <p>Thread-safe: it holds only shared definitions and readers.
 */
public final class AuditDocuments {

    private final Definitions definitions;
    private final Readers readers;

    /** Creates the use case over the given definitions, with every bundled reader. */
    public AuditDocuments(Definitions definitions) {
        this(definitions, Readers.bundled());
    }

    /** Creates the use case over the given definitions and readers. */
    public AuditDocuments(Definitions definitions, Readers readers) {
        this.definitions = definitions;
        this.readers = readers;
    }

    /**
     * The outcome for one file: its audit, or why it could not be read.
     *
     * @param file the file
     * @param audit the audit, if the file was readable
     * @param unreadable why it was not, if it was not
     */
    public record Outcome(Path file, Optional<Auditor.Audit> audit, Optional<Issues> unreadable) {}

    /**
     * Audits files, each on its own: an unreadable file does not stop the others.
     *
     * @param files the files
     * @param profileId the profile to check against instead of the one detected, or empty
     * @param cap the most findings listed per file
     * @throws UnableToReadInputException if the profile asked for is unusable
     */
    public List<Outcome> run(List<Path> files, Optional<String> profileId, int cap) {
        Auditor auditor = new Auditor(profiles(profileId), definitions);
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName() == null
                    ? file.toString()
                    : file.getFileName().toString();
            try {
                byte[] content = Files.readAllBytes(file);
                PublishedDocument document = readers.read(name, content);
                outcomes.add(new Outcome(file, Optional.of(auditor.audit(document, cap)), Optional.empty()));
            } catch (UnreadableDocumentException e) {
                Issues issues = Issues.create().error(e.where(), "AUDIT_UNREADABLE", e.getMessage());
                outcomes.add(new Outcome(file, Optional.empty(), Optional.of(issues)));
            } catch (IOException e) {
                Issues issues = Issues.create()
                        .error(SourceRef.file(file.toString()), "AUDIT_UNREADABLE", "无法读取文件：" + e.getMessage());
                outcomes.add(new Outcome(file, Optional.empty(), Optional.of(issues)));
            }
        }
        return outcomes;
    }

    private List<Profile> profiles(Optional<String> profileId) {
        List<String> ids = profileId.map(List::of).orElseGet(definitions::profileIds);
        List<Profile> profiles = new ArrayList<>();
        Issues issues = Issues.create();
        for (String id : ids) {
            Result<Profile> profile = definitions.profile(id);
            issues.addAll(profile.issues());
            profile.value().filter(p -> !profile.issues().hasErrors()).ifPresent(profiles::add);
        }
        if (profiles.isEmpty() || (profileId.isPresent() && issues.hasErrors())) {
            throw new UnableToReadInputException("地区口径无法使用", issues);
        }
        return profiles;
    }
}
