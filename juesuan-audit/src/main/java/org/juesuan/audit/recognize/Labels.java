package org.juesuan.audit.recognize;

import java.util.regex.Pattern;

/**
 * Printed labels made comparable (标签规范化): published documents space, number and bracket the same label in many
 * ways — 合　计, 一、一般公共服务支出, （一）, 其中：, half- and full-width brackets, 栏 次.
 *
 * <p>Stateless and thread-safe.
 */
final class Labels {

    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern NUMBERING =
            Pattern.compile("^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．](?![0-9])|[（(][0-9]+[）)])");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");

    private Labels() {}

    /** Returns the text without any white space. */
    static String compact(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    /**
     * Returns the key a label is compared by: no white space, no leading ordinal (一、 （一） 1.), no 其中：, full-width
     * brackets and colon.
     */
    static String key(String text) {
        String key = compact(text).replace('(', '（').replace(')', '）').replace(':', '：');
        if (key.startsWith("其中：")) {
            key = key.substring(3);
        }
        key = NUMBERING.matcher(key).replaceFirst("");
        return key;
    }

    /** Returns whether the text is a whole number, such as a 栏次 or a 行次. */
    static boolean isWholeNumber(String text) {
        return WHOLE_NUMBER.matcher(compact(text)).matches();
    }
}
