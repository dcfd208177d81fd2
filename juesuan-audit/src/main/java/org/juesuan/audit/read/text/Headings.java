package org.juesuan.audit.read.text;

import java.util.regex.Pattern;

/**
 * Tells headings, captions and page furniture from running text (标题识别), on a cleaned line.
 *
 * <ul>
 *   <li><b>Numbered headings</b>: 第X部分 (章, 节, 篇, 条), 一、, （一）, (一), (1), 1. 1、 (not a decimal such as
 *       0.51), ①.
 *   <li><b>Captions</b>, which are never table rows: 公开NN表, 附表N, a table title that starts with a year and ends
 *       in 表 (2024年度收入支出决算总表, …表（续）), and the labels 部门：, 单位：, 编制单位：, 部门名称：, 金额单位：, 注：,
 *       备注：, 说明：.
 *   <li><b>Other headings</b>: 图N, 表N, 目录, 附件.
 *   <li>A <b>title</b> is a paragraph that starts with a heading and reads as one: at most 80 characters, none of
 *       。！？；，, and no colon after its first eight characters (the colon of 单位：万元 or 图1：).
 *   <li><b>Page numbers</b>: a number of up to three digits alone or between dashes (- 3 -; a year alone is
 *       kept), 第3页, 第3页 共20页, 3/20, Page 3.
 *   <li><b>Rules</b>: a line of at least three dashes, underscores, equals signs, box-drawing lines, dots or
 *       asterisks, as a Markdown table or a converter draws between rows.
 * </ul>
 */
final class Headings {

    private static final Pattern NUMBERED = Pattern.compile("^(?:第[一二三四五六七八九十百零〇两\\d]{1,4}[部分章节篇条]"
            + "|[一二三四五六七八九十百零〇]{1,4}[、．.]"
            + "|[（(]\\s?[一二三四五六七八九十百零〇\\d]{1,4}\\s?[）)]"
            + "|\\d{1,3}\\s?[、．.](?![\\d.．])"
            + "|[①-⑳⑴-⒇⒈-⒛])");
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:公开\\s?\\d{1,2}\\s?表|附表\\s?\\d{0,2}" + "|(?:部门|单位|编制单位|填报单位|部门名称|单位名称|金额单位|报送单位|注|备注|说明)\\s?[:：])");
    private static final Pattern TABLE_TITLE = Pattern.compile("^\\d{4}\\s?年[^。！？；，]{0,60}表(?:（续）|\\(续\\))?$");
    private static final Pattern OTHER =
            Pattern.compile("^(?:[图表]\\s?\\d{1,2}(?:$|[\\s:：.、])|目\\s?录$|附件\\s?\\d{0,2}(?:$|[\\s:：]))");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-－—–~\\s]*\\d{1,3}[-－—–~\\s]*"
            + "|第\\s?\\d{1,4}\\s?页(?:[,，/\\s]*共\\s?\\d{1,4}\\s?页)?"
            + "|共\\s?\\d{1,4}\\s?页[,，\\s]*第\\s?\\d{1,4}\\s?页"
            + "|\\d{1,4}\\s?/\\s?\\d{1,4}"
            + "|(?i:page)\\s?\\d{1,4}(?:\\s?(?i:of|/)\\s?\\d{1,4})?)$");

    private static final int PREFIX = 80;

    private Headings() {}

    /** Whether a cleaned line starts a heading, a caption or a label. */
    static boolean isHeading(String text) {
        String head = prefix(text);
        return NUMBERED.matcher(head).find() || OTHER.matcher(head).find() || isCaption(text);
    }

    /** Whether a cleaned line starts a numbered heading or item. */
    static boolean isNumbered(String text) {
        return NUMBERED.matcher(prefix(text)).find();
    }

    /** Whether a cleaned text is a caption: 公开NN表, a table title, or a label such as 单位：. */
    static boolean isCaption(String text) {
        return CAPTION.matcher(prefix(text)).find()
                || (text.length() <= 70 && TABLE_TITLE.matcher(text).matches());
    }

    /** Whether a paragraph that starts with a heading is a title rather than a numbered sentence. */
    static boolean isTitle(String text) {
        if (text.length() > PREFIX) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("。！？；，!?;".indexOf(c) >= 0 || ((c == '：' || c == ':') && i >= 8)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text ends a sentence or a clause that announces what follows (。！？；：…), closing marks aside. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "”’）)】」』》〕]\"' ".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if ("。！？；：!?;:…．".indexOf(c) >= 0) {
            return true;
        }
        return c == '.' && (i == 0 || !Character.isDigit(text.charAt(i - 1)));
    }

    /** Whether a text holds punctuation of running text: 。！？；，、：. */
    static boolean hasClausePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("。！？；，、：!?;,".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isPageNumber(String text) {
        return text.length() <= 24 && PAGE_NUMBER.matcher(text).matches();
    }

    static boolean isRule(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("-—–_=─━═·.*~+|:…".indexOf(c) >= 0) {
                marks++;
            } else if (c != ' ') {
                return false;
            }
        }
        return marks >= 3;
    }

    /** Whether a cell text is a figure: digits with separators, a sign, a percent, or a dash standing for nothing. */
    static boolean isFigure(String text) {
        if (text.equals("-") || text.equals("—") || text.equals("－") || text.equals("/")) {
            return true;
        }
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (".,，%-+−()（）¥￥".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    private static String prefix(String text) {
        return text.length() <= PREFIX ? text : text.substring(0, PREFIX);
    }
}
