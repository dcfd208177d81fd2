package org.juesuan.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Embeds the subset of the document font a PDF uses (字体子集嵌入) as a Type 0 font with Identity-H encoding: the
 * character codes in the content streams are the glyph ids of the full font, a {@code CIDToGIDMap} maps them to the
 * subset's glyphs, {@code /W} gives the widths of the glyphs used, and a {@code ToUnicode} map gives back exactly the
 * code points that were set (so 门 is never read back as the look-alike radical ⻔ that shares its glyph).
 *
 * <p>PDFBox's {@code PDType0Font} does the same but reads and writes the widths of every glyph of the 10 MB font for
 * each document; this does only the glyphs used. Stateless and thread-safe; the face belongs to the calling thread.
 */
final class FontEmbedder {

    /** The tables a CIDFontType2 program needs (no cmap: the PDF maps codes itself). */
    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    private FontEmbedder() {}

    /**
     * Fills in the Type 0 font dictionary for the code points used, its font program embedded and subsetted. The
     * dictionary exists (and is referenced from pages and charts) before the text is known.
     */
    static void embed(PDDocument pdf, FontFace face, BitSet used, COSDictionary type0) throws IOException {
        TrueTypeFont ttf = face.font();
        // the glyph of each code point, and the first code point of each glyph for ToUnicode
        TreeMap<Integer, Integer> unicodeOf = new TreeMap<>();
        TreeSet<Integer> gids = new TreeSet<>();
        for (int cp = used.nextSetBit(0); cp >= 0; cp = used.nextSetBit(cp + 1)) {
            int gid = face.gid(cp);
            gids.add(gid);
            unicodeOf.putIfAbsent(gid, cp);
        }
        if (gids.isEmpty()) {
            gids.add(face.gid(' '));
        }
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(gids);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        String name = tag(gids) + "+" + ttf.getName();
        ByteArrayOutputStream program = new ByteArrayOutputStream(gids.size() * 200);
        subsetter.writeToStream(program);
        byte[] bytes = program.toByteArray();

        float scale = 1000f / ttf.getUnitsPerEm();
        COSDictionary descriptor = descriptor(ttf, name, scale);
        PDStream file = new PDStream(pdf, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
        file.getCOSObject().setInt(COSName.LENGTH1, bytes.length);
        descriptor.setItem(COSName.FONT_FILE2, file);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, system);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        COSArray widths = new COSArray();
        for (int gid : gids) {
            COSArray one = new COSArray();
            one.add(COSInteger.get(Math.round(ttf.getAdvanceWidth(gid) * scale)));
            widths.add(COSInteger.get(gid));
            widths.add(one);
        }
        cidFont.setItem(COSName.W, widths);
        cidFont.setItem(
                COSName.CID_TO_GID_MAP, cidToGid(pdf, newToOld, gids.last()).getCOSObject());

        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode(pdf, unicodeOf).getCOSObject());
    }

    private static COSDictionary descriptor(TrueTypeFont ttf, String name, float scale) throws IOException {
        HeaderTable head = ttf.getHeader();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        descriptor.setInt(COSName.FLAGS, 4); // symbolic, as for every CID font
        COSArray box = new COSArray();
        box.add(COSInteger.get(Math.round(head.getXMin() * scale)));
        box.add(COSInteger.get(Math.round(head.getYMin() * scale)));
        box.add(COSInteger.get(Math.round(head.getXMax() * scale)));
        box.add(COSInteger.get(Math.round(head.getYMax() * scale)));
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, Math.round(hhea.getAscender() * scale));
        descriptor.setInt(COSName.DESCENT, Math.round(hhea.getDescender() * scale));
        int capHeight = os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() : hhea.getAscender();
        descriptor.setInt(COSName.CAP_HEIGHT, Math.round(capHeight * scale));
        int weight = os2 != null ? os2.getWeightClass() : 400;
        descriptor.setInt(COSName.STEM_V, Math.round(10 + 220 * (weight - 50) / 900f));
        return descriptor;
    }

    /** Returns the map from codes (the full font's glyph ids) to the subset's glyph ids, two bytes each. */
    private static PDStream cidToGid(PDDocument pdf, Map<Integer, Integer> newToOld, int maxOld) throws IOException {
        byte[] map = new byte[(maxOld + 1) * 2];
        for (Map.Entry<Integer, Integer> entry : newToOld.entrySet()) {
            int old = entry.getValue();
            int now = entry.getKey();
            map[old * 2] = (byte) (now >> 8);
            map[old * 2 + 1] = (byte) now;
        }
        return new PDStream(pdf, new ByteArrayInputStream(map), COSName.FLATE_DECODE);
    }

    /** Returns the ToUnicode CMap: each code (a glyph id) to the code point set with it. */
    private static PDStream toUnicode(PDDocument pdf, TreeMap<Integer, Integer> unicodeOf) throws IOException {
        StringBuilder cmap = new StringBuilder(128 + unicodeOf.size() * 16);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int inBlock = 0;
        int remaining = unicodeOf.size();
        for (Map.Entry<Integer, Integer> entry : unicodeOf.entrySet()) {
            if (inBlock == 0) {
                cmap.append(Math.min(100, remaining)).append(" beginbfchar\n");
            }
            cmap.append('<');
            hex4(cmap, entry.getKey());
            cmap.append("> <");
            for (char unit : Character.toChars(entry.getValue())) {
                hex4(cmap, unit);
            }
            cmap.append(">\n");
            inBlock++;
            remaining--;
            if (inBlock == 100 || remaining == 0) {
                cmap.append("endbfchar\n");
                inBlock = 0;
            }
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return new PDStream(
                pdf,
                new ByteArrayInputStream(cmap.toString().getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE);
    }

    private static void hex4(StringBuilder out, int value) {
        String digits = "0123456789ABCDEF";
        out.append(digits.charAt((value >> 12) & 0xF))
                .append(digits.charAt((value >> 8) & 0xF))
                .append(digits.charAt((value >> 4) & 0xF))
                .append(digits.charAt(value & 0xF));
    }

    /** Returns the six-letter subset tag, derived from the glyphs so that it is the same for the same text. */
    private static String tag(TreeSet<Integer> gids) {
        long hash = 1125899906842597L;
        for (int gid : gids) {
            hash = 31 * hash + gid;
        }
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash = Math.floorDiv(hash, 26);
        }
        return tag.toString();
    }
}
