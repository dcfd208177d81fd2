package org.juesuan.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.core.document.Document;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.render.SampleDocument;
import org.juesuan.render.proof.Mismatch;
import org.junit.jupiter.api.Test;

/** The workbook of a document: the public tables, then each self-evaluation form of the attachments. */
class WorkbookContentTest {

    static final Document DOCUMENT = SampleDocument.of("hubei-2024", false);

    @Test
    void theFormsFollowTheTablesWithTheirTitleAndNotes() {
        List<PrintedTable> sheets = WorkbookContent.of(DOCUMENT);
        assertThat(sheets).hasSize(9 + 1);
        assertThat(sheets.subList(0, 9)).extracting(PrintedTable::number).allMatch(number -> number.startsWith("公开"));
        PrintedTable form = sheets.get(9);
        assertThat(form.id()).isEqualTo("evaluation.overall");
        assertThat(form.number()).isEmpty();
        assertThat(form.title()).isEqualTo("2024年度武汉市青山区人民政府国有资产监督管理局整体绩效自评表");
        assertThat(form.notes()).singleElement().asString().startsWith("备注：1. 预算执行情况口径");
        assertThat(form.grid().get(1).get(1).text()).isEqualTo("207.87");
    }

    @Test
    void aFormSheetIsWrittenAndItsFiguresAreProofed() throws Exception {
        List<PrintedTable> sheets = WorkbookContent.of(DOCUMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTablesRenderer.render(sheets, false, out);
        byte[] workbook = out.toByteArray();
        assertThat(XlsxProof.check("公开表.xlsx", workbook, sheets, false)).isEmpty();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(10);
            assertThat(read.getSheetName(9)).isEqualTo(XlsxTablesRenderer.sheetName(sheets.get(9)));
        }

        // the model says 207.88 where the file shows 207.87: the proof names the form's sheet and cell
        List<PrintedTable> wrong = new ArrayList<>(sheets);
        PrintedTable form = sheets.get(9);
        List<List<GridCell>> grid = new ArrayList<>();
        for (List<GridCell> row : form.grid()) {
            grid.add(new ArrayList<>(row));
        }
        GridCell cell = grid.get(1).get(1);
        grid.get(1)
                .set(
                        1,
                        new GridCell(
                                "207.88",
                                cell.kind(),
                                cell.rowSpan(),
                                cell.colSpan(),
                                Amount.parse("207.88", AmountUnit.WAN_YUAN),
                                cell.rowId(),
                                cell.columnId()));
        wrong.set(9, form.withGrid(grid));
        List<Mismatch> mismatches = XlsxProof.check("公开表.xlsx", workbook, wrong, false);
        assertThat(mismatches).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.place()).contains(XlsxTablesRenderer.sheetName(form));
            assertThat(mismatch.expected()).isEqualTo("207.88");
            assertThat(mismatch.shown()).isEqualTo("207.87");
        });
    }
}
