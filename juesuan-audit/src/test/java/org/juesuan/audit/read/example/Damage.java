package org.juesuan.audit.read.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.juesuan.audit.read.DocumentReader;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.UnreadableDocumentException;

/** Test fixture: damaged copies of a file, and the one assertion a reader must meet on any of them. */
public final class Damage {

    private Damage() {}

    /** Returns the first {@code permille}/1000 of a file. */
    public static byte[] truncated(byte[] file, int permille) {
        return Arrays.copyOf(file, (int) ((long) file.length * permille / 1000));
    }

    /** Returns a copy of a file with the bytes at the given places (per hundred thousand of its length) replaced. */
    public static byte[] flipped(byte[] file, List<Integer> places, byte value) {
        byte[] copy = file.clone();
        for (int place : places) {
            int at = (int) ((long) copy.length * place / 100_000);
            copy[Math.min(at, copy.length - 1)] ^= (byte) (value == 0 ? 0x5A : value);
        }
        return copy;
    }

    /**
     * Reads a file and asserts the reader either reads it or reports it unreadable, with a message and the file
     * named; anything else it throws fails the test.
     */
    public static void assertReadOrUnreadable(DocumentReader reader, String name, byte[] file) {
        try {
            PublishedDocument document = reader.read(name, file);
            assertThat(document.name()).isEqualTo(name);
            assertThat(document.format()).isEqualTo(reader.format());
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.where().file()).isEqualTo(name);
        }
    }
}
