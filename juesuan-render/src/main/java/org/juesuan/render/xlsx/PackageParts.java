package org.juesuan.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of a workbook's ZIP container (文件包部件) as read for its proof: each part's bytes by name, and the
 * relationships from a part to others, found in its {@code _rels} part and resolved against its folder.
 *
 * <p>Not thread-safe: one per workbook being read.
 */
final class PackageParts {
    /** The most a part may hold once inflated; a workbook of public tables is far smaller. */
    private static final int MAX_PART = 64 * 1024 * 1024;

    private final Map<String, byte[]> parts;
    private final Map<String, List<String[]>> relationships = new HashMap<>();

    private PackageParts(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    static PackageParts of(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readNBytes(MAX_PART + 1);
                if (content.length > MAX_PART) {
                    throw new IOException("the part " + entry.getName() + " is too large");
                }
                parts.put(entry.getName(), content);
            }
        }
        if (parts.isEmpty()) {
            throw new IOException("not a ZIP container");
        }
        return new PackageParts(parts);
    }

    byte[] part(String name) throws IOException {
        byte[] part = parts.get(name);
        if (part == null) {
            throw new IOException("the package has no part " + name);
        }
        return part;
    }

    /** Returns the part a part relates to by a relationship type (its last path segment), if any. */
    Optional<String> related(XMLReader xml, String source, String type) throws IOException, SAXException {
        for (String[] relationship : relationshipList(xml, source)) {
            if (relationship[1].endsWith("/" + type)) {
                return Optional.of(relationship[2]);
            }
        }
        return Optional.empty();
    }

    /** Returns the targets of a part's relationships by id. */
    Map<String, String> targets(XMLReader xml, String source) throws IOException, SAXException {
        Map<String, String> targets = new HashMap<>();
        for (String[] relationship : relationshipList(xml, source)) {
            targets.put(relationship[0], relationship[2]);
        }
        return targets;
    }

    /** Returns a part's relationships as id, type and target part name. */
    private List<String[]> relationshipList(XMLReader xml, String source) throws IOException, SAXException {
        List<String[]> known = relationships.get(source);
        if (known != null) {
            return known;
        }
        int slash = source.lastIndexOf('/');
        String folder = source.substring(0, slash + 1);
        byte[] rels = parts.get(folder + "_rels/" + source.substring(slash + 1) + ".rels");
        List<String[]> found = new ArrayList<>();
        relationships.put(source, found);
        if (rels == null) {
            return found;
        }
        WorkbookReading.parse(xml, rels, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("Relationship") && !"External".equals(attributes.getValue("TargetMode"))) {
                    found.add(new String[] {
                        Objects.requireNonNullElse(attributes.getValue("Id"), ""),
                        Objects.requireNonNullElse(attributes.getValue("Type"), ""),
                        resolve(folder, Objects.requireNonNullElse(attributes.getValue("Target"), ""))
                    });
                }
            }
        });
        return found;
    }

    /** Resolves a relationship target against the folder of its source part. */
    private static String resolve(String folder, String target) {
        Deque<String> path = new ArrayDeque<>();
        String whole = target.startsWith("/") ? target.substring(1) : folder + target;
        for (String segment : whole.split("/")) {
            if (segment.equals("..")) {
                path.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.addLast(segment);
            }
        }
        return String.join("/", path);
    }
}
