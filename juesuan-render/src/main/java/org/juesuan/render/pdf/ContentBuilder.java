package org.juesuan.render.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a page content stream (内容流), written directly: operators, numbers with at most two decimals, and
 * text as hexadecimal glyph ids. Writing the stream by hand is many times faster than PDFBox's content-stream API for
 * Chinese text.
 *
 * <p>Not thread-safe; one per page.
 */
final class ContentBuilder {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] buffer;
    private int size;

    ContentBuilder(int capacity) {
        buffer = new byte[Math.max(64, capacity)];
    }

    /** Returns the internal buffer; the first {@link #size()} bytes are the stream. */
    byte[] bytes() {
        return buffer;
    }

    /** Returns the number of bytes written. */
    int size() {
        return size;
    }

    /** Appends an operator (or any token) and a space. */
    ContentBuilder op(String token) {
        ensure(token.length() + 1);
        for (int i = 0; i < token.length(); i++) {
            buffer[size++] = (byte) token.charAt(i);
        }
        buffer[size++] = ' ';
        return this;
    }

    /** Appends a number rounded to two decimals, without trailing zeros, and a space. */
    ContentBuilder num(double value) {
        ensure(24);
        long hundredths = Math.round(value * 100);
        if (hundredths < 0) {
            buffer[size++] = '-';
            hundredths = -hundredths;
        }
        digits(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            buffer[size++] = '.';
            buffer[size++] = (byte) ('0' + fraction / 10);
            if (fraction % 10 != 0) {
                buffer[size++] = (byte) ('0' + fraction % 10);
            }
        }
        buffer[size++] = ' ';
        return this;
    }

    /** Appends two numbers, a point. */
    ContentBuilder point(double x, double y) {
        return num(x).num(y);
    }

    /** Appends glyph ids as a two-byte hexadecimal string, {@code <0A1B…>}, and a space. */
    ContentBuilder glyphs(int[] gids, int from, int to) {
        ensure((to - from) * 4 + 3);
        buffer[size++] = '<';
        for (int i = from; i < to; i++) {
            int gid = gids[i];
            buffer[size++] = HEX[(gid >> 12) & 0xF];
            buffer[size++] = HEX[(gid >> 8) & 0xF];
            buffer[size++] = HEX[(gid >> 4) & 0xF];
            buffer[size++] = HEX[gid & 0xF];
        }
        buffer[size++] = '>';
        buffer[size++] = ' ';
        return this;
    }

    /** Appends raw bytes (e.g. a cached path) and a line break. */
    ContentBuilder raw(byte[] bytes) {
        ensure(bytes.length + 1);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        buffer[size++] = '\n';
        return this;
    }

    /** Appends a line break, to keep the stream readable. */
    ContentBuilder newline() {
        ensure(1);
        buffer[size++] = '\n';
        return this;
    }

    private void digits(long value) {
        if (value >= 10) {
            digits(value / 10);
        }
        buffer[size++] = (byte) ('0' + value % 10);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
