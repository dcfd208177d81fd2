package org.juesuan.render;

import org.apache.fontbox.cmap.CMapStrings;
import org.juesuan.render.font.Fonts;

/**
 * Loads ahead what the renderers and proofs need first (渲染预热): the bundled font and the tables of the PDF text
 * extraction.
 *
 * <p>A single build from the command line calls this on a second core while the dataset is still being read and
 * validated, so the one-off cost of reading the 10 MB font and building the text extraction's tables overlaps work that must
 * happen anyway. Nothing of it is required: a build without a warm-up gives the same bytes.
 */
public final class Warmup {

    private Warmup() {}

    /** Reads the font and prepares the PDF text extraction on the calling thread. */
    public static void run() {
        Fonts.regularBytes();
        Fonts.awt();
        // the text extraction of the PDF proof first builds a table of every two-byte code (about 0.2 s)
        CMapStrings.getMapping(new byte[] {0, 'A'});
    }
}
