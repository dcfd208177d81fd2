package org.juesuan.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.juesuan.render.xlsx.WorkbookReading.Cell;
import org.juesuan.render.xlsx.WorkbookReading.Kind;
import org.juesuan.render.xlsx.WorkbookReading.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The proof's reading of a workbook written by hand the way other programs write them: unusual part names and
 * relative targets, rich and phonetic runs, inline strings, escapes, cells without references, custom and built-in
 * number formats, formulas, booleans and errors.
 */
class WorkbookReadingTest {

    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    private static final String RELS = "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"";
    private static final String TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    @Test
    void readsCellsFormatsAndMergesOfAWorkbookWrittenElsewhere() throws IOException {
        byte[] workbook = zip(
                "_rels/.rels",
                "<Relationships " + RELS + "><Relationship Id=\"a\" Type=\"" + TYPE
                        + "officeDocument\" Target=\"/book/main.xml\"/></Relationships>",
                "book/main.xml",
                "<workbook " + MAIN + " xmlns:r=\"" + TYPE.substring(0, TYPE.length() - 1) + "\"><sheets>"
                        + "<sheet name=\"乙\" sheetId=\"2\" r:id=\"s2\"/><sheet name=\"甲\" sheetId=\"1\" r:id=\"s1\"/>"
                        + "</sheets></workbook>",
                "book/_rels/main.xml.rels",
                "<Relationships " + RELS + ">"
                        + "<Relationship Id=\"s1\" Type=\"" + TYPE + "worksheet\" Target=\"sheets/../grid/one.xml\"/>"
                        + "<Relationship Id=\"s2\" Type=\"" + TYPE + "worksheet\" Target=\"grid/two.xml\"/>"
                        + "<Relationship Id=\"x\" Type=\"" + TYPE + "styles\" Target=\"look.xml\"/>"
                        + "<Relationship Id=\"y\" Type=\"" + TYPE + "sharedStrings\" Target=\"/book/words.xml\"/>"
                        + "</Relationships>",
                "book/look.xml",
                "<styleSheet " + MAIN + "><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.0\"/>"
                        + "</numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
                        + "<xf numFmtId=\"2\"/></cellXfs></styleSheet>",
                "book/words.xml",
                "<sst " + MAIN + "><si><r><t>一般</t></r><r><t xml:space=\"preserve\"> 公共</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>いっぱん</t></rPh></si>"
                        + "<si><t>_x0041_ and _x005F_x0041_</t></si></sst>",
                "book/grid/one.xml",
                "<worksheet " + MAIN + "><sheetData>"
                        + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><t>内联_x000A_</t></is></c>"
                        + "<c s=\"1\"><v>1234.5</v></c><c s=\"2\"><v>-0.10</v></c></row>"
                        + "<row><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#DIV/0!</v></c>"
                        + "<c s=\"2\"><f>1+1</f><v>2</v></c><c t=\"s\"><v>1</v></c><c s=\"2\"/></row>"
                        + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"B2:C2\"/></mergeCells></worksheet>",
                "book/grid/two.xml",
                "<worksheet " + MAIN + "><sheetData/></worksheet>");

        WorkbookReading reading = WorkbookReading.of(workbook);

        assertThat(reading.sheets()).extracting(Sheet::name).containsExactly("乙", "甲");
        assertThat(reading.sheets().get(0).cells()).isEmpty();
        Sheet sheet = reading.sheets().get(1);
        assertThat(sheet.cell(1, 1)).isEqualTo(new Cell(Kind.TEXT, "一般 公共", "General"));
        assertThat(sheet.cell(1, 2)).isEqualTo(new Cell(Kind.TEXT, "内联\n", "General"));
        assertThat(sheet.cell(1, 3)).isEqualTo(new Cell(Kind.NUMBER, "1234.5", "#,##0.0"));
        assertThat(sheet.cell(1, 4)).isEqualTo(new Cell(Kind.NUMBER, "-0.10", "0.00"));
        assertThat(sheet.cell(2, 0)).isEqualTo(new Cell(Kind.BOOLEAN, "TRUE", "General"));
        assertThat(sheet.cell(2, 1)).isEqualTo(new Cell(Kind.ERROR, "#DIV/0!", "General"));
        assertThat(sheet.cell(2, 2)).isEqualTo(new Cell(Kind.FORMULA, "=1+1", "0.00"));
        assertThat(sheet.cell(2, 3)).isEqualTo(new Cell(Kind.TEXT, "A and _x0041_", "General"));
        assertThat(sheet.cell(2, 4)).isEqualTo(new Cell(Kind.BLANK, "", "0.00"));
        assertThat(sheet.cell(0, 0)).isNull();
        assertThat(sheet.merges()).containsExactly(CellRangeAddress.valueOf("B2:C2"));
    }

    @Test
    void decodesOnlyWellFormedCharacterEscapes() {
        assertThat(WorkbookReading.decode("_x0041__x00e9_")).isEqualTo("Aé");
        assertThat(WorkbookReading.decode("_x004_ _xZZZZ_ _x0041")).isEqualTo("_x004_ _xZZZZ_ _x0041");
    }

    @Test
    void bytesThatAreNoWorkbookAreUnreadable() throws IOException {
        assertThatThrownBy(() -> WorkbookReading.of("no zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class);
        byte[] noWorkbook = zip("docProps/app.xml", "<Properties/>");
        assertThatThrownBy(() -> WorkbookReading.of(noWorkbook))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no workbook part");
        byte[] broken = zip(
                "_rels/.rels",
                "<Relationships " + RELS + "><Relationship Id=\"a\" Type=\"" + TYPE
                        + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml",
                "<workbook " + MAIN + "><sheets>");
        assertThatThrownBy(() -> WorkbookReading.of(broken)).isInstanceOf(UncheckedIOException.class);
    }

    /** Returns a ZIP of parts given as name, content, name, content… */
    private static byte[] zip(String... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < parts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(parts[i]));
                zip.write(parts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
