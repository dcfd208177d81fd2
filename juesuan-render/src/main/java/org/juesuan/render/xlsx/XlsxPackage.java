package org.juesuan.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import org.juesuan.render.ooxml.OpcParts;
import org.juesuan.render.ooxml.XmlText;

/**
 * Assembles the XLSX container (工作簿文件包): content types, relationships, document properties, the workbook part
 * naming the sheets, the style sheet, the worksheets and the shared strings. Entries have a fixed order and a fixed
 * time, and the properties a fixed creation date, so the same sheets always give the same bytes.
 *
 * <p>Not thread-safe: one per workbook being written.
 */
final class XlsxPackage implements AutoCloseable {

    /** The declaration every part starts with. */
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIP =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SPREADSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /** The fixed creation date of every workbook. */
    private static final String CREATED = "2025-01-01T00:00:00Z";

    private static final String PACKAGE_RELATIONSHIPS = OpcParts.XML_HEADER
            + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_RELATIONSHIP + "/officeDocument\""
            + " Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/metadata/core-properties\""
            + " Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + OFFICE_RELATIONSHIP + "/extended-properties\""
            + " Target=\"docProps/app.xml\"/></Relationships>";

    private static final String CORE = OpcParts.XML_HEADER
            + "<cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:creator>Juesuan</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + CREATED + "</dcterms:created>"
            + "</cp:coreProperties>";

    private static final String APP = OpcParts.XML_HEADER
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Juesuan</Application></Properties>";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

    XlsxPackage() {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    }

    /** Writes the parts that depend only on the sheet names: content types, relationships, properties, workbook. */
    void start(List<String> sheetNames) throws IOException {
        put("[Content_Types].xml", contentTypes(sheetNames.size()));
        put("_rels/.rels", PACKAGE_RELATIONSHIPS);
        put("docProps/core.xml", CORE);
        put("docProps/app.xml", APP);
        put("xl/workbook.xml", workbook(sheetNames));
        put("xl/_rels/workbook.xml.rels", workbookRelationships(sheetNames.size()));
        put("xl/styles.xml", CellFormat.STYLE_SHEET);
    }

    /** Writes worksheet n (from 1). */
    void sheet(int number, CharSequence xml) throws IOException {
        put("xl/worksheets/sheet" + number + ".xml", xml);
    }

    /** Writes the shared strings and ends the container; returns its bytes. */
    byte[] finish(SharedStrings strings) throws IOException {
        put("xl/sharedStrings.xml", strings.xml());
        zip.finish();
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("while closing the workbook container", e);
        }
    }

    private void put(String name, CharSequence text) throws IOException {
        OpcParts.put(zip, name, text);
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder(OpcParts.XML_HEADER)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.")
                .append("relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        OpcParts.override(xml, "/xl/workbook.xml", SPREADSHEET_TYPE + "sheet.main+xml");
        OpcParts.override(xml, "/xl/styles.xml", SPREADSHEET_TYPE + "styles+xml");
        OpcParts.override(xml, "/xl/sharedStrings.xml", SPREADSHEET_TYPE + "sharedStrings+xml");
        for (int n = 1; n <= sheets; n++) {
            OpcParts.override(xml, "/xl/worksheets/sheet" + n + ".xml", SPREADSHEET_TYPE + "worksheet+xml");
        }
        OpcParts.override(xml, "/docProps/core.xml", OpcParts.CORE_PROPERTIES_TYPE);
        OpcParts.override(xml, "/docProps/app.xml", OpcParts.EXTENDED_PROPERTIES_TYPE);
        return xml.append("</Types>").toString();
    }

    /** The workbook part: the sheets in order, sheet n related as {@code rIdn}; the first one shown. */
    private static String workbook(List<String> names) {
        StringBuilder xml = new StringBuilder(OpcParts.XML_HEADER)
                .append("<workbook xmlns=\"")
                .append(MAIN)
                .append("\" xmlns:r=\"")
                .append(OFFICE_RELATIONSHIP)
                .append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int n = 1; n <= names.size(); n++) {
            xml.append("<sheet name=\"");
            XmlText.attribute(xml, names.get(n - 1))
                    .append("\" sheetId=\"")
                    .append(n)
                    .append("\" r:id=\"rId")
                    .append(n)
                    .append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder xml = new StringBuilder(OpcParts.XML_HEADER)
                .append("<Relationships xmlns=\"")
                .append(RELATIONSHIPS)
                .append("\">");
        for (int n = 1; n <= sheets; n++) {
            relationship(xml, "rId" + n, "worksheet", "worksheets/sheet" + n + ".xml");
        }
        relationship(xml, "rIdStyles", "styles", "styles.xml");
        relationship(xml, "rIdStrings", "sharedStrings", "sharedStrings.xml");
        return xml.append("</Relationships>").toString();
    }

    private static void relationship(StringBuilder xml, String id, String type, String target) {
        OpcParts.relationship(xml, id, OFFICE_RELATIONSHIP + '/' + type, target);
    }
}
