package org.juesuan.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook as read back for its proof (读回工作簿): each sheet's name, every cell it stores with what it holds and
 * its number format, and its merged ranges. The ZIP container is read with the JDK and its relationships followed
 * from the package to the workbook and on to the style sheet, the shared strings and each worksheet, which are read
 * with SAX; no spreadsheet object model is built (POI's, and even its streaming reader's package and rich-text
 * objects, cost more than the whole proof).
 *
 * <p>Shares nothing with the writer: it reads the file as any SpreadsheetML reader would, cell types, shared and
 * inline strings (with their {@code _xHHHH_} escapes and without phonetic runs), styles and built-in number formats
 * included, whatever the part names.
 *
 * @param sheets the sheets in workbook order
 */
record WorkbookReading(List<Sheet> sheets) {

    /** Reads a workbook. */
    WorkbookReading {
        sheets = List.copyOf(sheets);
    }

    /** What a cell holds. */
    enum Kind {
        /** A stored number; its text is the stored decimal. */
        NUMBER,
        /** A text (shared, inline or a formula's string result without the formula). */
        TEXT,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** A formula; its text is {@code =} and the formula. */
        FORMULA,
        /** An error value such as {@code #DIV/0!}. */
        ERROR,
        /** Nothing but a format. */
        BLANK
    }

    /**
     * One stored cell.
     *
     * @param kind what it holds
     * @param text what it holds, as text (a number as stored in the file)
     * @param format its number format code, e.g. {@code 0.00} or {@code General}
     */
    record Cell(Kind kind, String text, String format) {

        /** Creates a cell. */
        Cell {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * One sheet.
     *
     * @param name its name
     * @param cells its stored cells by {@link #key(int, int)}, in row then column order
     * @param merges its merged ranges, as written, e.g. {@code A3:F3}
     */
    record Sheet(String name, TreeMap<Long, Cell> cells, List<CellRangeAddress> merges) {

        /** Creates a sheet. */
        Sheet {
            Objects.requireNonNull(name, "name");
            cells = new TreeMap<>(cells);
            merges = List.copyOf(merges);
        }

        /** Returns the cell at a place (from 0), or null if the sheet stores none there. */
        @Nullable
        Cell cell(int row, int column) {
            return cells.get(key(row, column));
        }
    }

    /** Returns the key of a cell: row, then column, so keys sort in reading order. */
    static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** Returns the row of a key. */
    static int row(long key) {
        return (int) (key >>> 20);
    }

    /** Returns the column of a key. */
    static int column(long key) {
        return (int) (key & 0xFFFFF);
    }

    /**
     * Reads a workbook's bytes.
     *
     * @throws UncheckedIOException if the bytes are not a readable workbook
     */
    static WorkbookReading of(byte[] workbook) {
        try {
            PackageParts pack = PackageParts.of(workbook);
            XMLReader xml = XMLHelper.newXMLReader();
            String main = pack.related(xml, "", "officeDocument")
                    .orElseThrow(() -> new IOException("the package names no workbook part"));
            List<String[]> named = sheetNames(xml, pack.part(main));
            Optional<String> stylesPart = pack.related(xml, main, "styles");
            List<String> formats = stylesPart.isPresent() ? formats(xml, pack.part(stylesPart.get())) : List.of();
            Optional<String> stringsPart = pack.related(xml, main, "sharedStrings");
            List<String> strings =
                    stringsPart.isPresent() ? sharedStrings(xml, pack.part(stringsPart.get())) : List.of();
            Map<String, String> targets = pack.targets(xml, main);
            List<Sheet> sheets = new ArrayList<>();
            for (String[] sheet : named) {
                String target = targets.get(sheet[1]);
                if (target == null) {
                    throw new IOException("the sheet " + sheet[0] + " has no part");
                }
                SheetHandler handler = new SheetHandler(strings, formats);
                parse(xml, pack.part(target), handler);
                sheets.add(new Sheet(sheet[0], handler.cells, handler.merges));
            }
            return new WorkbookReading(sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("not a readable workbook", e));
        }
    }

    static void parse(XMLReader xml, byte[] part, ContentHandler handler) throws IOException, SAXException {
        xml.setContentHandler(handler);
        xml.parse(new InputSource(new ByteArrayInputStream(part)));
    }

    /** Returns the sheets the workbook part names, in order, each as its name and relationship id. */
    private static List<String[]> sheetNames(XMLReader xml, byte[] workbook) throws IOException, SAXException {
        List<String[]> sheets = new ArrayList<>();
        parse(xml, workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("sheet")) {
                    String id = "";
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if (attributes.getLocalName(i).equals("id")
                                && !attributes.getURI(i).isEmpty()) {
                            id = attributes.getValue(i);
                        }
                    }
                    sheets.add(new String[] {Objects.requireNonNullElse(attributes.getValue("name"), ""), id});
                }
            }
        });
        return sheets;
    }

    /** Returns the shared strings, as shown: runs joined, phonetic runs left out, {@code _xHHHH_} decoded. */
    private static List<String> sharedStrings(XMLReader xml, byte[] part) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        parse(xml, part, new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inText;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "si":
                        text.setLength(0);
                        break;
                    case "rPh":
                        inPhonetic = true;
                        break;
                    case "t":
                        inText = !inPhonetic;
                        break;
                    default:
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    text.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (localName) {
                    case "si":
                        strings.add(decode(text));
                        break;
                    case "rPh":
                        inPhonetic = false;
                        break;
                    case "t":
                        inText = false;
                        break;
                    default:
                }
            }
        });
        return strings;
    }

    /** Returns a cell text with each {@code _xHHHH_} replaced by the character it stands for. */
    static String decode(CharSequence text) {
        StringBuilder decoded = null;
        int copied = 0;
        for (int i = 0; i + 7 <= text.length(); i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_') {
                int code = 0;
                for (int j = i + 2; j < i + 6 && code >= 0; j++) {
                    int digit = Character.digit(text.charAt(j), 16);
                    code = digit < 0 ? -1 : code * 16 + digit;
                }
                if (code >= 0) {
                    if (decoded == null) {
                        decoded = new StringBuilder(text.length());
                    }
                    decoded.append(text, copied, i).append((char) code);
                    copied = i + 7;
                    i += 6;
                }
            }
        }
        return decoded == null
                ? text.toString()
                : decoded.append(text, copied, text.length()).toString();
    }

    /** Returns the number format code of each cell format ({@code cellXfs}), in order. */
    private static List<String> formats(XMLReader xml, byte[] styles) throws IOException, SAXException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        parse(xml, styles, new DefaultHandler() {
            private boolean inCellFormats;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "numFmt":
                        custom.put(
                                Integer.parseInt(attributes.getValue("numFmtId")),
                                Objects.requireNonNullElse(attributes.getValue("formatCode"), ""));
                        break;
                    case "cellXfs":
                        inCellFormats = true;
                        break;
                    case "xf":
                        if (inCellFormats) {
                            String id = attributes.getValue("numFmtId");
                            ids.add(id == null ? 0 : Integer.parseInt(id));
                        }
                        break;
                    default:
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (localName.equals("cellXfs")) {
                    inCellFormats = false;
                }
            }
        });
        List<String> formats = new ArrayList<>(ids.size());
        for (int id : ids) {
            String code = custom.get(id);
            if (code == null) {
                code = Objects.requireNonNullElse(BuiltinFormats.getBuiltinFormat(id), "General");
            }
            formats.add(code);
        }
        return formats;
    }

    /** Collects the cells and merged ranges of one worksheet part. */
    private static final class SheetHandler extends DefaultHandler {
        private final List<String> strings;
        private final List<String> formats;
        final TreeMap<Long, Cell> cells = new TreeMap<>();
        final List<CellRangeAddress> merges = new ArrayList<>();

        private int row = -1;
        private int column = -1;
        private String type = "n";
        private String format = "General";
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private boolean hasValue;
        private boolean hasFormula;
        /** Which text is being collected: 'v', 'f', 't' (inline string text), or none. */
        private char collecting;

        private boolean inPhonetic;

        SheetHandler(List<String> strings, List<String> formats) {
            this.strings = strings;
            this.formats = formats;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row":
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    break;
                case "c":
                    startCell(attributes);
                    break;
                case "v":
                    hasValue = true;
                    collecting = 'v';
                    break;
                case "f":
                    hasFormula = true;
                    collecting = 'f';
                    break;
                case "rPh":
                    inPhonetic = true;
                    break;
                case "t":
                    collecting = inPhonetic ? 0 : 't';
                    break;
                case "mergeCell":
                    merges.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
                    break;
                default:
            }
        }

        private void startCell(Attributes attributes) {
            String reference = attributes.getValue("r");
            if (reference == null) {
                column++;
            } else {
                CellReference at = new CellReference(reference);
                row = at.getRow();
                column = at.getCol();
            }
            type = Objects.requireNonNullElse(attributes.getValue("t"), "n");
            String style = attributes.getValue("s");
            int index = style == null ? 0 : Integer.parseInt(style);
            format = index < formats.size() ? formats.get(index) : "General";
            value.setLength(0);
            inline.setLength(0);
            formula.setLength(0);
            hasValue = false;
            hasFormula = false;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            switch (collecting) {
                case 'v':
                    value.append(ch, start, length);
                    break;
                case 'f':
                    formula.append(ch, start, length);
                    break;
                case 't':
                    inline.append(ch, start, length);
                    break;
                default:
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v":
                case "f":
                case "t":
                    collecting = 0;
                    break;
                case "rPh":
                    inPhonetic = false;
                    break;
                case "c":
                    cells.put(key(row, column), cell());
                    break;
                default:
            }
        }

        private Cell cell() {
            if (hasFormula) {
                return new Cell(Kind.FORMULA, "=" + formula, format);
            }
            String stored = value.toString();
            switch (type) {
                case "s":
                    return hasValue
                            ? new Cell(Kind.TEXT, strings.get(Integer.parseInt(stored.trim())), format)
                            : new Cell(Kind.BLANK, "", format);
                case "inlineStr":
                    return new Cell(Kind.TEXT, decode(inline), format);
                case "str":
                    return new Cell(Kind.TEXT, stored, format);
                case "b":
                    return new Cell(Kind.BOOLEAN, "1".equals(stored.trim()) ? "TRUE" : "FALSE", format);
                case "e":
                    return new Cell(Kind.ERROR, stored, format);
                default:
                    return hasValue ? new Cell(Kind.NUMBER, stored.trim(), format) : new Cell(Kind.BLANK, "", format);
            }
        }
    }
}
