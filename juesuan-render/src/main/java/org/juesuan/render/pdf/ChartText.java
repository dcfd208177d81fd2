package org.juesuan.render.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.BitSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Sets chart text in the document's embedded font (图表文字): the labels, legends and axes that JFreeChart draws
 * through {@code PdfBoxGraphics2D} become real text written as glyph ids, like the rest of the page, instead of
 * outlines. Text with a character the font lacks is left to the graphics, which draws it as outlines.
 *
 * <p>Not thread-safe; one per rendering.
 */
final class ChartText implements IPdfBoxGraphics2DFontTextDrawer {

    private final FontFace face;
    private final COSDictionary font;
    private final BitSet used;

    /**
     * @param face the face of this thread
     * @param font the document's font dictionary (filled in when the document is saved)
     * @param used the code points used, for subsetting
     */
    ChartText(FontFace face, COSDictionary font, BitSet used) {
        this.face = face;
        this.font = font;
        this.used = used;
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            if (Character.isSurrogate(c) || face.printable(c) != c) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException {
        Object attribute = iterator.getAttribute(TextAttribute.FONT);
        Font awt = attribute instanceof Font given ? given : env.getFont();
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        int[] gids = new int[text.length()];
        for (int i = 0; i < gids.length; i++) {
            gids[i] = face.gid(text.charAt(i));
            used.set(text.charAt(i));
        }
        COSDictionary resources = env.getResources().getCOSObject();
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
        }
        fonts.setItem(PdfPage.FONT, font);
        env.applyPaint(env.getPaint(), null);
        ContentBuilder ops = new ContentBuilder(64 + gids.length * 4);
        ops.op("BT").op("/" + PdfPage.FONT).num(awt.getSize2D()).op("Tf 1 0 0 -1 0 0 Tm");
        if (awt.isBold() && env.getPaint() instanceof Color color) {
            ops.num(color.getRed() / 255.0)
                    .num(color.getGreen() / 255.0)
                    .num(color.getBlue() / 255.0)
                    .op("RG");
            ops.num(awt.getSize2D() * 0.03f).op("w 2 Tr");
        }
        ops.glyphs(gids, 0, gids.length).op("Tj ET").newline();
        env.getContentStream().appendRawCommands(Arrays.copyOf(ops.bytes(), ops.size()));
    }

    @Override
    public FontMetrics getFontMetrics(Font font, IFontTextDrawerEnv env) {
        return env.getCalculationGraphics().getFontMetrics(font);
    }
}
