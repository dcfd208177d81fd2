package org.juesuan.core.internal;

/** Chinese numerals (中文数字) for ordinals such as 一、二十六、. Stateless and thread-safe. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /**
     * Returns the Chinese numeral for 1 to 99: 一, 十, 十一, 二十, 二十六.
     *
     * @throws IllegalArgumentException outside 1 to 99
     */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        int tens = n / 10;
        int units = n % 10;
        StringBuilder text = new StringBuilder();
        if (tens > 1) {
            text.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            text.append('十');
        }
        if (units > 0) {
            text.append(DIGITS.charAt(units));
        }
        return text.toString();
    }
}
