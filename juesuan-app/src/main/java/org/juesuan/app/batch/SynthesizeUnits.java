package org.juesuan.app.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.core.consolidation.InjectedOffsetError;
import org.juesuan.core.consolidation.Member;
import org.juesuan.core.consolidation.SyntheticTrees;
import org.juesuan.core.consolidation.UnitTree;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.dataset.InjectedError;
import org.juesuan.core.dataset.InjectedKind;
import org.juesuan.core.dataset.SyntheticUnits;
import org.juesuan.core.internal.Escapes;
import org.juesuan.core.source.TreeReader;

/**
 * Writes a directory of synthetic unit datasets (生成合成单位数据): {@code unit-000001/dataset.yaml} and so on, drawn
 * from a seed by {@link SyntheticUnits}, with a fraction of them carrying one injected error each, listed in
 * {@value #MANIFEST} with the rules expected to find it. A fraction of the entries are departments instead
 * ({@code department-000007/}): the directory holds {@value UnitTree#FILE_NAME} and its units' datasets, drawn by
 * {@link SyntheticTrees}, and an injected error of a department breaks one of its offsets.
 *
 * <p>Streaming: one unit is drawn, written and dropped at a time. Thread-safe (stateless).
 */
public final class SynthesizeUnits {

    /** The manifest of injected errors, written last. */
    public static final String MANIFEST = "injected.json";

    /** The name of each unit's dataset file. */
    public static final String DATASET_FILE = "dataset.yaml";

    /**
     * What to write.
     *
     * @param out the directory the unit directories go into
     * @param units how many entries (units and departments)
     * @param seed the seed
     * @param errorRate the fraction of entries that carry an injected error, in [0, 1]
     * @param profiles the profiles the units are drawn under
     * @param departmentRate the fraction of entries that are departments with subordinate units, in [0, 1]
     */
    public record Request(
            Path out, int units, long seed, double errorRate, List<String> profiles, double departmentRate) {
        /** Creates a request. */
        public Request {
            Objects.requireNonNull(out, "out");
            if (units < 0) {
                throw new IllegalArgumentException("units < 0");
            }
            if (!(errorRate >= 0 && errorRate <= 1)) {
                throw new IllegalArgumentException("errorRate not in [0, 1]");
            }
            if (!(departmentRate >= 0 && departmentRate <= 1)) {
                throw new IllegalArgumentException("departmentRate not in [0, 1]");
            }
            profiles = List.copyOf(profiles);
            if (profiles.isEmpty()) {
                throw new IllegalArgumentException("no profile");
            }
        }

        /** Creates a request for single units only (no department). */
        public Request(Path out, int units, long seed, double errorRate, List<String> profiles) {
            this(out, units, seed, errorRate, profiles, 0);
        }
    }

    /**
     * One injected error (注入的错误).
     *
     * @param unit the entry's directory name
     * @param profile the unit's profile
     * @param kind what was injected
     * @param member for a department, the file of the unit the error was put into; empty otherwise
     */
    public record Injection(String unit, String profile, InjectedKind kind, String member) {
        /** Creates the injection of a single unit. */
        public Injection(String unit, String profile, InjectedKind kind) {
            this(unit, profile, kind, "");
        }
    }

    /**
     * One department written (合成部门).
     *
     * @param unit the entry's directory name
     * @param profile its profile
     * @param members how many units it consolidates, the 本级 included
     */
    public record Department(String unit, String profile, int members) {}

    /**
     * What was written.
     *
     * @param injected the injected errors, in entry order
     * @param departments the departments, in entry order
     */
    public record Synthesis(List<Injection> injected, List<Department> departments) {}

    /** Returns the directory name of unit {@code index} (from 1). */
    public static String unitName(long index) {
        return String.format(Locale.ROOT, "unit-%06d", index);
    }

    /** Returns the directory name of department {@code index} (from 1). */
    public static String departmentName(long index) {
        return String.format(Locale.ROOT, "department-%06d", index);
    }

    /** Writes the units, departments and the manifest, and returns what was injected and which are departments. */
    public Synthesis run(Request request) {
        List<Injection> injected = new ArrayList<>();
        List<Department> departments = new ArrayList<>();
        for (long index = 1; index <= request.units(); index++) {
            if (SyntheticTrees.isDepartment(request.seed(), index, request.departmentRate())) {
                String name = departmentName(index);
                List<Member> members = SyntheticTrees.department(request.seed(), index, request.profiles());
                String profile = members.get(0).dataset().profileId();
                Optional<InjectedOffsetError> error =
                        SyntheticTrees.injection(request.seed(), index, request.errorRate());
                if (error.isPresent()) {
                    injected.add(new Injection(
                            name,
                            profile,
                            error.get(),
                            InjectedOffsetError.target(members).id()));
                    members = error.get().apply(members);
                }
                departments.add(new Department(name, profile, members.size()));
                writeDepartment(members, request.out().resolve(name));
                continue;
            }
            Dataset dataset = SyntheticUnits.unit(request.seed(), index, request.profiles());
            Optional<InjectedError> error = SyntheticUnits.injection(request.seed(), index, request.errorRate());
            if (error.isPresent()) {
                dataset = error.get().apply(dataset);
                injected.add(new Injection(unitName(index), dataset.profileId(), error.get()));
            }
            new OutputFiles()
                    .add(DATASET_FILE, yaml(dataset))
                    .writeTo(request.out().resolve(unitName(index)));
        }
        new OutputFiles()
                .add(MANIFEST, manifest(request, injected, departments).getBytes(StandardCharsets.UTF_8))
                .writeTo(request.out());
        return new Synthesis(injected, departments);
    }

    /** Writes a department's datasets and its {@value UnitTree#FILE_NAME}, all at once. */
    private static void writeDepartment(List<Member> members, Path directory) {
        StringBuilder tree =
                new StringBuilder("# 部门决算单位构成：").append(members.get(0).name()).append("（合成数据）\nunits:\n");
        OutputFiles files = new OutputFiles();
        for (Member member : members) {
            tree.append("  - file: ").append(member.id()).append('\n');
            if (member.parent() != null) {
                tree.append("    parent: ").append(member.parent()).append('\n');
            }
            files.add(member.id(), yaml(member.dataset()));
        }
        files.add(UnitTree.FILE_NAME, tree.toString().getBytes(StandardCharsets.UTF_8));
        // written beside it and moved into place: the directory holds the whole department or is absent
        Path partial = directory.resolveSibling("." + directory.getFileName() + ".tmp");
        try {
            deleteTree(partial);
            files.writeTo(partial);
            deleteTree(directory);
            try {
                Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("while writing " + directory, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static byte[] yaml(Dataset dataset) {
        return DatasetWriter.write(dataset, TreeReader.Format.YAML).getBytes(StandardCharsets.UTF_8);
    }

    private static String manifest(Request request, List<Injection> injected, List<Department> departments) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"seed\": ").append(request.seed()).append(",\n");
        json.append("  \"units\": ").append(request.units()).append(",\n");
        json.append("  \"errorRate\": ").append(request.errorRate()).append(",\n");
        json.append("  \"departmentRate\": ").append(request.departmentRate()).append(",\n");
        json.append("  \"profiles\": [");
        for (int i = 0; i < request.profiles().size(); i++) {
            json.append(i == 0 ? "" : ", ")
                    .append(Escapes.jsonString(request.profiles().get(i)));
        }
        json.append("],\n  \"departments\": [");
        for (int i = 0; i < departments.size(); i++) {
            Department department = departments.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"unit\": ")
                    .append(Escapes.jsonString(department.unit()))
                    .append(", \"profile\": ")
                    .append(Escapes.jsonString(department.profile()))
                    .append(", \"members\": ")
                    .append(department.members())
                    .append('}');
        }
        json.append(departments.isEmpty() ? "]" : "\n  ]");
        json.append(",\n  \"injected\": [");
        for (int i = 0; i < injected.size(); i++) {
            Injection injection = injected.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"unit\": ")
                    .append(Escapes.jsonString(injection.unit()))
                    .append(", \"profile\": ")
                    .append(Escapes.jsonString(injection.profile()));
            if (!injection.member().isEmpty()) {
                json.append(", \"member\": ").append(Escapes.jsonString(injection.member()));
            }
            json.append(", \"kind\": ")
                    .append(Escapes.jsonString(injection.kind().key()))
                    .append(", \"description\": ")
                    .append(Escapes.jsonString(injection.kind().description()))
                    .append(", \"rules\": [");
            List<String> rules = injection.kind().ruleIds();
            for (int r = 0; r < rules.size(); r++) {
                json.append(r == 0 ? "" : ", ").append(Escapes.jsonString(rules.get(r)));
            }
            json.append("]}");
        }
        json.append(injected.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }
}
