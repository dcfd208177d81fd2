package org.juesuan.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import org.juesuan.core.document.DocumentInfo;
import org.juesuan.core.internal.StableZip;
import org.juesuan.render.ooxml.OpcParts;
import org.juesuan.render.ooxml.XmlText;

/**
 * Assembles the DOCX container (文件包): the template parts kept as readable XML beside this class (styles, fonts,
 * settings, footer, draft header), the generated main part, the chart pictures, the relationships and the document
 * properties. Entries have a fixed order and a fixed time, and the dates in the properties come from the document,
 * so the same document always gives the same bytes.
 *
 * <p>Thread-safe: the template is read once and never changed.
 */
final class DocxPackage {

    private DocxPackage() {}

    /** The template parts, read once and stripped of comments and indentation. */
    private static final class Template {
        private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
        private static final Pattern INDENT = Pattern.compile(">\\s+<");

        static final byte[] STYLES = read("styles.xml");
        static final byte[] FONTS = read("fontTable.xml");
        static final byte[] SETTINGS = read("settings.xml");
        static final byte[] FOOTER = read("footer.xml");
        static final byte[] DRAFT_HEADER = read("draft-header.xml");
        static final byte[] PACKAGE_RELATIONSHIPS = read("package.rels");
        static final byte[] APP = read("app.xml");

        private static byte[] read(String name) {
            try (InputStream in = DocxPackage.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("DOCX template part missing from the classpath: " + name);
                }
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // no template part has text made only of white space, so white space between tags is indentation
                String compact =
                        INDENT.matcher(COMMENT.matcher(xml).replaceAll("")).replaceAll("><");
                return compact.replaceFirst("\\?>", "?>\n").getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("while reading the DOCX template part " + name, e);
            }
        }
    }

    /** Returns the relationship id of picture n (from 1). */
    static String imageRelationship(int number) {
        return "rIdImage" + number;
    }

    /**
     * Returns the DOCX bytes.
     *
     * @param info the document information, for the properties and the draft header
     * @param document the main part
     * @param pictures the chart pictures as PNG, picture n stored as {@code word/media/imagen.png}
     */
    static byte[] write(DocumentInfo info, String document, List<byte[]> pictures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024 + document.length() / 4);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            OpcParts.put(zip, "[Content_Types].xml", contentTypes(info.draft()));
            OpcParts.put(zip, "_rels/.rels", Template.PACKAGE_RELATIONSHIPS);
            OpcParts.put(zip, "docProps/core.xml", core(info));
            OpcParts.put(zip, "docProps/app.xml", Template.APP);
            OpcParts.put(zip, "word/document.xml", document.getBytes(StandardCharsets.UTF_8));
            OpcParts.put(zip, "word/_rels/document.xml.rels", documentRelationships(info.draft(), pictures.size()));
            OpcParts.put(zip, "word/styles.xml", Template.STYLES);
            OpcParts.put(zip, "word/settings.xml", Template.SETTINGS);
            OpcParts.put(zip, "word/fontTable.xml", Template.FONTS);
            OpcParts.put(zip, "word/footer1.xml", Template.FOOTER);
            if (info.draft()) {
                OpcParts.put(zip, "word/header1.xml", Template.DRAFT_HEADER);
            }
            for (int i = 0; i < pictures.size(); i++) {
                OpcParts.store(zip, "word/media/image" + (i + 1) + ".png", pictures.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("while writing the DOCX container", e);
        }
        return bytes.toByteArray();
    }

    private static String contentTypes(boolean draft) {
        String part = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        StringBuilder xml = new StringBuilder(OpcParts.XML_HEADER)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.")
                .append("relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Default Extension=\"png\" ContentType=\"image/png\"/>");
        OpcParts.override(xml, "/word/document.xml", part + "document.main+xml");
        OpcParts.override(xml, "/word/styles.xml", part + "styles+xml");
        OpcParts.override(xml, "/word/settings.xml", part + "settings+xml");
        OpcParts.override(xml, "/word/fontTable.xml", part + "fontTable+xml");
        OpcParts.override(xml, "/word/footer1.xml", part + "footer+xml");
        if (draft) {
            OpcParts.override(xml, "/word/header1.xml", part + "header+xml");
        }
        OpcParts.override(xml, "/docProps/core.xml", OpcParts.CORE_PROPERTIES_TYPE);
        OpcParts.override(xml, "/docProps/app.xml", OpcParts.EXTENDED_PROPERTIES_TYPE);
        return xml.append("</Types>").toString();
    }

    private static String documentRelationships(boolean draft, int pictures) {
        String type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        StringBuilder xml = new StringBuilder(OpcParts.XML_HEADER)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        OpcParts.relationship(xml, "rIdStyles", type + "styles", "styles.xml");
        OpcParts.relationship(xml, "rIdSettings", type + "settings", "settings.xml");
        OpcParts.relationship(xml, "rIdFonts", type + "fontTable", "fontTable.xml");
        OpcParts.relationship(xml, BodyWriter.FOOTER, type + "footer", "footer1.xml");
        if (draft) {
            OpcParts.relationship(xml, BodyWriter.HEADER, type + "header", "header1.xml");
        }
        for (int i = 1; i <= pictures; i++) {
            OpcParts.relationship(xml, imageRelationship(i), type + "image", "media/image" + i + ".png");
        }
        return xml.append("</Relationships>").toString();
    }

    /** The core properties: title, author, language, and dates taken from the publication date. */
    private static String core(DocumentInfo info) {
        LocalDate date = info.published().orElse(StableZip.FIXED_TIME.toLocalDate());
        String instant = date + "T00:00:00Z";
        StringBuilder xml = new StringBuilder(OpcParts.XML_HEADER)
                .append("<cp:coreProperties")
                .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
        XmlText.text(xml, info.title() + (info.draft() ? "（草稿）" : ""));
        xml.append("</dc:title><dc:subject>");
        XmlText.text(xml, info.fiscalYear() + "年度部门决算公开");
        xml.append("</dc:subject><dc:creator>");
        XmlText.text(xml, info.unitName());
        xml.append("</dc:creator><dc:language>");
        XmlText.text(xml, info.language());
        xml.append("</dc:language>");
        if (info.draft()) {
            xml.append("<cp:contentStatus>草稿</cp:contentStatus>");
        }
        xml.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
                .append(instant)
                .append("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
                .append(instant)
                .append("</dcterms:modified></cp:coreProperties>");
        return xml.toString();
    }
}
