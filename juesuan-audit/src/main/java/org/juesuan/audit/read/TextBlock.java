package org.juesuan.audit.read;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A paragraph or a heading (文字段落) as printed, joined across the line and page breaks that cut it, with the
 * position of each of its pieces.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the text, without the breaks that only the layout put in
 * @param pieces where each piece of the text starts in the file, in offset order; the first at offset 0
 */
public record TextBlock(String text, List<Piece> pieces) implements Block {

    /** Creates a text block. */
    public TextBlock {
        Objects.requireNonNull(text, "text");
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty() || pieces.get(0).offset() != 0) {
            throw new IllegalArgumentException("the first piece must start at offset 0");
        }
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).offset() < pieces.get(i - 1).offset()) {
                throw new IllegalArgumentException("pieces out of order");
            }
        }
    }

    /** Creates a text block found in one place. */
    public static TextBlock of(String text, SourceRef source) {
        return new TextBlock(text, List.of(new Piece(0, source)));
    }

    @Override
    public SourceRef source() {
        return pieces.get(0).source();
    }

    /**
     * Returns where the character at {@code offset} was found: in a text file its line and column, elsewhere the
     * position of the piece holding it.
     */
    public SourceRef at(int offset) {
        Piece piece = pieces.get(0);
        for (Piece p : pieces) {
            if (p.offset() > offset) {
                break;
            }
            piece = p;
        }
        if (piece.source() instanceof SourceRef.Text t) {
            return SourceRef.text(t.file(), t.line(), t.column() + (offset - piece.offset()));
        }
        return piece.source();
    }

    /**
     * Where a piece of a text block starts (文字位置).
     *
     * @param offset the offset in the block's text
     * @param source where that character is in the file
     */
    public record Piece(int offset, SourceRef source) {
        /** Creates a piece. */
        public Piece {
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset");
            }
            Objects.requireNonNull(source, "source");
        }
    }
}
