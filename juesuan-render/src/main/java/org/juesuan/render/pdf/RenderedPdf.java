package org.juesuan.render.pdf;

import java.util.Arrays;
import java.util.Objects;

/**
 * A rendered PDF/A file (PDF文件) with the layout of its figures.
 *
 * <p>Immutable and thread-safe: the bytes are copied in and out.
 */
public final class RenderedPdf {

    private final byte[] bytes;
    private final PdfLayout layout;

    RenderedPdf(byte[] bytes, PdfLayout layout) {
        this.bytes = bytes.clone();
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** Returns the bytes of the file. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Returns where each figure was drawn. */
    public PdfLayout layout() {
        return layout;
    }

    /** Returns the number of bytes. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedPdf that && Arrays.equals(bytes, that.bytes) && layout.equals(that.layout);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + layout.hashCode();
    }

    @Override
    public String toString() {
        return "RenderedPdf[" + bytes.length + " bytes, " + layout.pageCount() + " pages]";
    }
}
