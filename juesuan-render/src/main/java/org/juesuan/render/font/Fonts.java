package org.juesuan.render.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The document font (文档字体): Noto Sans SC Regular, a TrueType font with outlines in {@code glyf}, so that PDFBox can
 * embed and subset it and AWT can draw charts with it, with no font installed on the machine.
 *
 * <p>The bytes are read once per JVM; callers that parse them (PDFBox's {@code TrueTypeFont} is not thread-safe) keep
 * one parsed font per thread. Thread-safe.
 */
public final class Fonts {

    /** The family name, as AWT and CSS know it. */
    public static final String FAMILY = "Noto Sans SC";

    private static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private Fonts() {}

    private static final class Regular {
        static final byte[] BYTES = read(REGULAR);
        static final Font AWT = register(BYTES);
    }

    /** Returns the bytes of Noto Sans SC Regular (about 10 MB; do not modify). */
    public static byte[] regularBytes() {
        return Regular.BYTES;
    }

    /** Returns Noto Sans SC Regular as an AWT font of size 1, registered with the graphics environment. */
    public static Font awt() {
        return Regular.AWT;
    }

    /** Returns Noto Sans SC Regular at the given style and size. */
    public static Font awt(int style, float size) {
        return Regular.AWT.deriveFont(style, size);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font register(byte[] bytes) {
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font cannot be read", e);
        }
    }
}
