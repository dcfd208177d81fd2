package org.juesuan.importer.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.TreeReader;

/** Writing, editing and reading workbooks in memory, for tests. */
final class TestWorkbooks {

    static final Catalogs CATALOGS = Catalogs.bundled();
    static final Profiles PROFILES = Profiles.bundled(CATALOGS);
    static final Profile HUBEI = PROFILES.require("hubei-2024");
    static final Profile SHANGHAI = PROFILES.require("shanghai-2024");
    static final String NAME = "填报.xlsx";

    private TestWorkbooks() {}

    static byte[] write(Dataset dataset, Profile profile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter().write(dataset, profile, out);
        return out.toByteArray();
    }

    static byte[] template(Profile profile, AmountUnit unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter().writeTemplate(profile, unit, out);
        return out.toByteArray();
    }

    static Result<Dataset> read(byte[] workbook) {
        return new WorkbookImporter(CATALOGS, PROFILES::load).read(new ByteArrayInputStream(workbook), NAME);
    }

    static Workbook open(byte[] workbook) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the workbook changed by {@code change}. */
    static byte[] edit(byte[] workbook, Consumer<Workbook> change) {
        try (Workbook book = open(workbook)) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the cell at an A1 address, creating it if needed. */
    static Cell cell(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        Cell cell = row.getCell(ref.getCol());
        return cell == null ? row.createCell(ref.getCol()) : cell;
    }

    /** Returns the address of the first cell of a sheet whose text is {@code text}, e.g. D7. */
    static String find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
                }
            }
        }
        throw new AssertionError("no cell “" + text + "” in " + sheet.getSheetName());
    }

    static String yaml(Dataset dataset) {
        return DatasetWriter.write(dataset, TreeReader.Format.YAML);
    }
}
