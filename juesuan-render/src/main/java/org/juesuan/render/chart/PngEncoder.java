package org.juesuan.render.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Encodes an RGB image as PNG (PNG编码), quickly and always to the same bytes.
 *
 * <p>ImageIO's writer tries every PNG filter on every row and deflates with a general-purpose compressor; for a
 * 1200×750 chart that takes several times longer than drawing it. A chart is mostly flat colour, so a simpler scheme
 * does nearly as well: each row is stored as its difference from the row above (PNG filter "Up"), which turns the
 * repeated rows of a chart into zeros, and the result is deflated with run-length matches only (each run of a
 * repeated byte becomes a copy at distance 1) under the fixed Huffman code of RFC 1951. Any PNG reader decodes it.
 * No time stamp or other varying chunk is written.
 *
 * <p>Stateless and thread-safe.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte FILTER_UP = 2;

    /** The shortest and longest copy deflate can express. */
    private static final int MIN_MATCH = 3;

    private static final int MAX_MATCH = 258;

    /** Fixed Huffman codes of the literal/length alphabet, bit-reversed for LSB-first output, and their lengths. */
    private static final int[] CODE = new int[288];

    private static final int[] CODE_LENGTH = new int[288];

    /** For each copy length 3..258: its symbol, extra bits and extra value. */
    private static final int[] LENGTH_SYMBOL = new int[MAX_MATCH + 1];

    private static final int[] LENGTH_EXTRA_BITS = new int[MAX_MATCH + 1];
    private static final int[] LENGTH_EXTRA_VALUE = new int[MAX_MATCH + 1];

    static {
        for (int symbol = 0; symbol < 288; symbol++) {
            int code;
            int length;
            if (symbol < 144) {
                code = 0x30 + symbol;
                length = 8;
            } else if (symbol < 256) {
                code = 0x190 + symbol - 144;
                length = 9;
            } else if (symbol < 280) {
                code = symbol - 256;
                length = 7;
            } else {
                code = 0xC0 + symbol - 280;
                length = 8;
            }
            CODE[symbol] = Integer.reverse(code) >>> (32 - length);
            CODE_LENGTH[symbol] = length;
        }
        int[] base = {
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258
        };
        int[] extra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        for (int i = 0; i < base.length; i++) {
            int last = i + 1 < base.length ? Math.min(base[i + 1] - 1, MAX_MATCH - 1) : MAX_MATCH;
            for (int length = base[i]; length <= last; length++) {
                LENGTH_SYMBOL[length] = 257 + i;
                LENGTH_EXTRA_BITS[length] = extra[i];
                LENGTH_EXTRA_VALUE[length] = length - base[i];
            }
        }
    }

    private PngEncoder() {}

    /** Returns the PNG bytes of an image of type {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] filtered = filterUp(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), width, height);
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB; compression, filter method and interlace are all 0
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", zlib(filtered));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Returns the scan lines, each a filter byte and the differences of its RGB bytes from the row above. */
    private static byte[] filterUp(int[] pixels, int width, int height) {
        int stride = width * 3;
        byte[] filtered = new byte[(stride + 1) * height];
        int out = 0;
        for (int y = 0; y < height; y++) {
            filtered[out++] = FILTER_UP;
            int row = y * width;
            if (y > 0 && Arrays.equals(pixels, row, row + width, pixels, row - width, row)) {
                out += stride; // a row equal to the one above is all zeros, as the array already is
                continue;
            }
            for (int x = 0; x < width; x++) {
                int rgb = pixels[row + x];
                int above = y == 0 ? 0 : pixels[row - width + x];
                filtered[out++] = (byte) ((rgb >>> 16) - (above >>> 16));
                filtered[out++] = (byte) ((rgb >>> 8) - (above >>> 8));
                filtered[out++] = (byte) (rgb - above);
            }
        }
        return filtered;
    }

    /** Returns a zlib stream of one fixed-Huffman deflate block with run-length copies. */
    static byte[] zlib(byte[] data) {
        Bits bits = new Bits(data.length / 16 + 64);
        bits.write(0x78, 8); // deflate, 32K window
        bits.write(0x01, 8); // fastest; header check
        bits.write(1, 1); // final block
        bits.write(1, 2); // fixed Huffman codes
        int i = 0;
        int n = data.length;
        while (i < n) {
            byte value = data[i];
            literal(bits, value & 0xFF);
            i++;
            // the run of the same byte that follows, copied from distance 1
            int end = Math.min(n, i + MAX_MATCH * 64);
            int mismatch = Arrays.mismatch(data, i, end, data, i - 1, end - 1);
            int run = mismatch < 0 ? end - i : mismatch;
            i += run;
            while (run >= MIN_MATCH) {
                int length = Math.min(run, MAX_MATCH);
                if (run - length > 0 && run - length < MIN_MATCH) {
                    length = run - MIN_MATCH; // leave a copy of at least the minimum length
                }
                copy(bits, length);
                run -= length;
            }
            for (; run > 0; run--) {
                literal(bits, value & 0xFF);
            }
        }
        literal(bits, 256); // end of block
        bits.alignToByte();
        Adler32 adler = new Adler32();
        adler.update(data);
        long sum = adler.getValue();
        bits.write((int) (sum >>> 24) & 0xFF, 8);
        bits.write((int) (sum >>> 16) & 0xFF, 8);
        bits.write((int) (sum >>> 8) & 0xFF, 8);
        bits.write((int) sum & 0xFF, 8);
        return bits.toByteArray();
    }

    private static void literal(Bits bits, int symbol) {
        bits.write(CODE[symbol], CODE_LENGTH[symbol]);
    }

    private static void copy(Bits bits, int length) {
        int symbol = LENGTH_SYMBOL[length];
        bits.write(CODE[symbol], CODE_LENGTH[symbol]);
        bits.write(LENGTH_EXTRA_VALUE[length], LENGTH_EXTRA_BITS[length]);
        bits.write(0, 5); // distance code 0: distance 1
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }

    /** A growing byte array written bit by bit, least significant bit first (RFC 1951 §3.1.1). */
    private static final class Bits {
        private byte[] bytes;
        private int size;
        private long buffer;
        private int count;

        Bits(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int value, int length) {
            buffer |= (long) value << count;
            count += length;
            while (count >= 8) {
                if (size == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                bytes[size++] = (byte) buffer;
                buffer >>>= 8;
                count -= 8;
            }
        }

        void alignToByte() {
            if (count > 0) {
                write(0, 8 - count);
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
