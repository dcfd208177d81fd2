package org.juesuan.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP container (XLSX, DOCX) with fixed entry timestamps, so the same content always gives the same bytes
 * and a document can be verified by its hash (可复现输出). Entries keep their order and content.
 *
 * <p>Stateless and thread-safe.
 */
public final class StableZip {

    /** The timestamp every entry gets, as a DOS date-time with no time zone, so bytes agree across machines. */
    public static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

    private StableZip() {}

    /** Returns the container with every entry's time fixed. */
    public static byte[] normalize(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            rewritten.setLevel(6);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("while normalising a ZIP container", e);
        }
        return out.toByteArray();
    }
}
