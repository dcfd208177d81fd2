package org.juesuan.audit.read.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.DocumentReader;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a published Excel workbook (读取XLSX文件) into paragraphs and tables: for each visible sheet, in order, a
 * paragraph with the sheet's name, a paragraph for each title line above its table (title, table number, unit), the
 * table, and a paragraph for each line below it (notes, the statement of an empty table).
 *
 * <p>The table is the run of rows whose cells have borders; a sheet drawn without borders has its table from the
 * first row with three or more filled cells to the last row with two or more. Each cell shows the text Excel shows
 * (POI's {@code DataFormatter}: 265.19 with two decimals, a date as formatted; a formula its last computed value),
 * so a figure is read as printed. A merged region spans its columns; the rows it covers below its first show empty
 * cells. Cells keep their spreadsheet column (A is 0).
 *
 * <p>Positions are {@link SourceRef#cell(String, String, int, int) cells}: sheet, row and column from 0, shown as
 * {@code 决算.xlsx!公开02表!C7}. Hidden sheets are not read: they are not published.
 *
 * <p>The workbook is opened with POI, whose zip checks (ZipSecureFile's defaults) refuse a file that inflates
 * suspiciously. Stateless and thread-safe.
 */
public final class XlsxDocumentReader implements DocumentReader {

    /** Creates a reader. */
    public XlsxDocumentReader() {}

    @Override
    public Format format() {
        return Format.XLSX;
    }

    @Override
    public PublishedDocument read(String name, byte[] content) throws UnreadableDocumentException {
        SourceRef file = DocumentReader.nonEmpty(name, content);
        if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            throw new UnreadableDocumentException(file, "此文件是旧版Excel格式（.xls）或已加密，无法审查；请另存为未加密的.xlsx文件");
        }
        List<SheetContent> sheets = new ArrayList<>();
        OPCPackage pack;
        try {
            pack = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            throw new UnreadableDocumentException(file, "此文件不是可读的Excel文件（格式不符或文件已损坏），无法审查", e);
        }
        try {
            if (!isWorkbook(pack)) {
                throw new UnreadableDocumentException(file, "此文件不是Excel文件（没有工作簿），无法审查");
            }
            XSSFWorkbook workbook = new XSSFWorkbook(pack);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                    sheets.add(SheetContent.of(workbook.getSheetAt(i)));
                }
            }
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            // the workbook is not closed, which would write to the package: the package is reverted instead. POI
            // signals a damaged part (a sheet, the shared strings, the styles) with a variety of unchecked
            // exceptions
            throw new UnreadableDocumentException(file, "此Excel文件的内容无法读取（文件已损坏），无法审查", e);
        } finally {
            pack.revert();
        }
        List<Block> blocks = new ArrayList<>();
        for (SheetContent sheet : sheets) {
            blocks.addAll(SheetLayout.of(name, sheet).blocks());
        }
        return new PublishedDocument(name, Format.XLSX, blocks);
    }

    /** Returns whether the package's main part is a workbook (a macro-enabled one too). */
    private static boolean isWorkbook(OPCPackage pack) throws InvalidFormatException {
        PackageRelationshipCollection relations = pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (relations.isEmpty()) {
            relations = pack.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (relations.isEmpty()) {
            return false;
        }
        PackagePart part = pack.getPart(
                PackagingURIHelper.createPartName(relations.getRelationship(0).getTargetURI()));
        return part != null
                && (part.getContentType().contains("spreadsheetml")
                        || part.getContentType().contains("sheet.main"));
    }
}
