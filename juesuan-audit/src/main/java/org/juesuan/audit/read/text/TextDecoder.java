package org.juesuan.audit.read.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Turns the bytes of a text file into characters (文字解码), telling text from binary.
 *
 * <ol>
 *   <li>A file over the size limit, an empty file, and a file that starts with the signature of a PDF, a ZIP
 *       (DOCX, XLSX), an old Office file or an image is not read as text.
 *   <li>A byte order mark chooses UTF-8, UTF-16LE or UTF-16BE and is dropped. Without one, a NUL byte means binary
 *       (or UTF-16 without a mark, which is not guessed).
 *   <li>UTF-8 is tried first. If it fails anywhere but in a character cut off at the very end, GB18030 (a superset
 *       of GBK and GB2312, the usual encodings of Chinese government files) is tried; a file valid in GB18030 is
 *       read so. Otherwise the encoding with fewer bad bytes is used, each bad sequence read as U+FFFD.
 *   <li>If more than 1% of the characters are U+FFFD or control characters other than tab, line feed, carriage
 *       return and form feed, the file is not text.
 * </ol>
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    static String decode(String name, byte[] bytes, long maxBytes) throws UnreadableDocumentException {
        SourceRef where = SourceRef.file(name);
        if (bytes.length > maxBytes) {
            throw new UnreadableDocumentException(
                    where,
                    String.format(Locale.ROOT, "文件过大（%s），超过文本文件的读取上限 %s，未读取。", size(bytes.length), size(maxBytes)));
        }
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(where, "文件是空的，没有可读取的文字。");
        }
        String signature = signature(bytes);
        if (signature != null) {
            throw new UnreadableDocumentException(where, "不是文本文件：" + signature);
        }
        Decoded decoded;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            decoded = decode(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            decoded = decode(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            decoded = decode(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new UnreadableDocumentException(where, "不是文本文件：含有空字节（NUL），可能是二进制文件，或是没有字节顺序标记的 UTF-16 文本。");
                }
            }
            decoded = decode(bytes, 0, StandardCharsets.UTF_8);
            if (decoded.errors > 0) {
                Decoded gb = decode(bytes, 0, GB18030);
                if (gb.errors == 0 || gb.errors < decoded.errors) {
                    decoded = gb;
                }
            }
        }
        String text = decoded.text;
        long bad = decoded.errors + decoded.tailErrors;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                bad++;
            }
        }
        if (bad * 100 > text.length()) {
            throw new UnreadableDocumentException(
                    where,
                    String.format(
                            Locale.ROOT, "不是文本文件：有 %d 个字节或字符无法按 UTF-8 或 GB18030 解读为文字（共 %d 个字符）。", bad, text.length()));
        }
        return text;
    }

    private static String signature(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "这是 PDF 文件，请按 PDF 格式读取。";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "这是 ZIP 压缩包（DOCX、XLSX 等文件也是），请按其格式读取。";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "这是旧版 Office 文件（DOC、XLS 等），请另存为 DOCX、XLSX 或 PDF 后读取。";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')
                || startsWith(b, 0xFF, 0xD8, 0xFF)
                || startsWith(b, 'G', 'I', 'F', '8')) {
            return "这是图片，没有可读取的文字。";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes strictly, counting bad sequences and reading each as U+FFFD; a sequence cut off at the very end counts
     * apart, as a truncated file is still in its encoding.
     */
    private static Decoded decode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        long errors = 0;
        long tailErrors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isOverflow()) {
                CharBuffer larger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                larger.put(out);
                out = larger;
                continue;
            }
            if (in.position() + result.length() >= in.limit()) {
                tailErrors++;
            } else {
                errors++;
            }
            in.position(Math.min(in.limit(), in.position() + result.length()));
            if (!out.hasRemaining()) {
                CharBuffer larger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                larger.put(out);
                out = larger;
            }
            out.put('\uFFFD');
        }
        out.flip();
        return new Decoded(out.toString(), errors, tailErrors);
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " 字节";
    }

    private record Decoded(String text, long errors, long tailErrors) {}
}
