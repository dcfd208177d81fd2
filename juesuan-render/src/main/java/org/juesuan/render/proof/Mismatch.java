package org.juesuan.render.proof;

import java.util.Objects;

/**
 * A figure a rendered file shows differently from the document model (输出不符).
 *
 * @param format the file format, e.g. PDF
 * @param place where, in words, e.g. 第7页 公开05表 合计 本年支出小计
 * @param expected the text the model prints there
 * @param shown the text read back from the file, or empty if nothing was found
 */
public record Mismatch(String format, String place, String expected, String shown) {

    /** Creates a mismatch. */
    public Mismatch {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(shown, "shown");
    }

    /** Returns the mismatch as a Chinese sentence, e.g. PDF 第7页 公开05表 合计：应为“265.19”，实为“265.20”。 */
    public String message() {
        return format + " " + place + "：应为“" + expected + "”，" + (shown.isEmpty() ? "未找到" : "实为“" + shown + "”") + "。";
    }
}
