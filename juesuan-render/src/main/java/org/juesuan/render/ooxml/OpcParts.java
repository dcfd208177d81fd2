package org.juesuan.render.ooxml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.juesuan.core.internal.StableZip;

/**
 * The pieces of an Open Packaging Conventions container that the Word and Excel writers share (OPC 包部件): the XML
 * declaration, content-type overrides, relationships, and ZIP entries with a fixed time so that the same content
 * always gives the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class OpcParts {

    /** The declaration that starts every XML part. */
    public static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** The content type of the core properties part ({@code docProps/core.xml}). */
    public static final String CORE_PROPERTIES_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";

    /** The content type of the extended properties part ({@code docProps/app.xml}). */
    public static final String EXTENDED_PROPERTIES_TYPE =
            "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    private OpcParts() {}

    /** Appends a content-type override for one part, e.g. {@code /xl/styles.xml}. */
    public static void override(StringBuilder xml, String part, String type) {
        xml.append("<Override PartName=\"")
                .append(part)
                .append("\" ContentType=\"")
                .append(type)
                .append("\"/>");
    }

    /** Appends a relationship: its id, its full type URI and its target. */
    public static void relationship(StringBuilder xml, String id, String type, String target) {
        xml.append("<Relationship Id=\"")
                .append(id)
                .append("\" Type=\"")
                .append(type)
                .append("\" Target=\"")
                .append(target)
                .append("\"/>");
    }

    /** Writes a text part, UTF-8, deflated. */
    public static void put(ZipOutputStream zip, String name, CharSequence text) throws IOException {
        put(zip, name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a part, deflated. */
    public static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(StableZip.FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Writes already compressed content (PNG) as it is, without deflating it again. */
    public static void store(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(StableZip.FIXED_TIME);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
