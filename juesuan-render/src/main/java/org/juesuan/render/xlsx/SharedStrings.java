package org.juesuan.render.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.render.ooxml.OpcParts;
import org.juesuan.render.ooxml.XmlText;

/**
 * The shared strings of a workbook (共享字符串表): every text a cell shows, stored once and referred to by index, in
 * the order first used, so the same workbook always gives the same part.
 *
 * <p>Not thread-safe: one per workbook being written.
 */
final class SharedStrings {

    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private int references;

    /** Returns the index of a text, adding it when new. */
    int indexOf(String text) {
        references++;
        Integer index = indexes.get(text);
        if (index == null) {
            index = strings.size();
            indexes.put(text, index);
            strings.add(text);
        }
        return index;
    }

    /** Returns the part {@code xl/sharedStrings.xml}. */
    String xml() {
        StringBuilder xml = new StringBuilder(OpcParts.XML_HEADER.length() + 64 + strings.size() * 32)
                .append(OpcParts.XML_HEADER)
                .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
                .append(references)
                .append("\" uniqueCount=\"")
                .append(strings.size())
                .append("\">");
        for (String text : strings) {
            xml.append(preservesSpace(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            XmlText.cellText(xml, text).append("</t></si>");
        }
        return xml.append("</sst>").toString();
    }

    /** Returns whether white space at either end or a line break would be lost without {@code xml:space}. */
    private static boolean preservesSpace(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))
                || text.indexOf('\n') >= 0
                || text.indexOf('\t') >= 0;
    }
}
