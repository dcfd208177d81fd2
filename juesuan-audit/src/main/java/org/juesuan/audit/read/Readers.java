package org.juesuan.audit.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.source.SourceRef;

/**
 * The readers of every supported format (文件读取), chosen by the file's extension.
 *
 * <p>Immutable and thread-safe.
 */
public final class Readers {

    private final Map<Format, DocumentReader> readers = new EnumMap<>(Format.class);

    /** Creates the dispatcher over the given readers, one per format. */
    public Readers(List<DocumentReader> readers) {
        for (DocumentReader reader : readers) {
            this.readers.put(reader.format(), reader);
        }
    }

    /** Returns the readers of every format Juesuan reads. */
    public static Readers bundled() {
        return new Readers(List.of(
                new org.juesuan.audit.read.text.TextDocumentReader(),
                new org.juesuan.audit.read.pdf.PdfDocumentReader(),
                new org.juesuan.audit.read.docx.DocxDocumentReader(),
                new org.juesuan.audit.read.xlsx.XlsxDocumentReader(),
                new org.juesuan.audit.read.html.HtmlDocumentReader()));
    }

    /**
     * Reads a published document.
     *
     * @param name the file name as the user gave it; its extension chooses the reader
     * @param content the file's bytes
     * @throws UnreadableDocumentException if the format is not supported or the bytes cannot be read as it
     */
    public PublishedDocument read(String name, byte[] content) throws UnreadableDocumentException {
        Format format = Format.ofFileName(name)
                .orElseThrow(() -> new UnreadableDocumentException(
                        SourceRef.file(name), "无法识别文件格式（支持 .txt、.pdf、.docx、.xlsx、.html）"));
        DocumentReader reader = readers.get(format);
        if (reader == null) {
            throw new UnreadableDocumentException(SourceRef.file(name), "暂不支持读取 ." + format.extension() + " 文件");
        }
        return reader.read(name, content);
    }
}
