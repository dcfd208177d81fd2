package org.juesuan.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.cmap.CMapStrings;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.render.font.Fonts;

/**
 * Loads ahead what the renderers and proofs need first (渲染预热): the bundled font and the classes of the office
 * file libraries.
 *
 * <p>A single build from the command line calls this on a second core while the dataset is still being read and
 * validated, so the one-off cost of reading the 10 MB font and loading a few thousand classes overlaps work that must
 * happen anyway. Nothing of it is required: a build without a warm-up gives the same bytes.
 */
public final class Warmup {

    private Warmup() {}

    /** Reads the font and loads the office file libraries on the calling thread. */
    public static void run() {
        Fonts.regularBytes();
        Fonts.awt();
        // the text extraction of the PDF proof first builds a table of every two-byte code (about 0.2 s)
        CMapStrings.getMapping(new byte[] {0, 'A'});
        // the workbook and its proof use POI's spreadsheet model (the Word file is written and read without POI)
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
