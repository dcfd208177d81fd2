package org.juesuan.audit.read.pdf;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.juesuan.audit.read.example.Damage;
import org.juesuan.audit.read.example.RenderedExample;

/** Whatever the bytes, the PDF reader reads them or reports them unreadable; it never throws anything else. */
class PdfReaderNeverThrowsTest {

    private static final PdfDocumentReader READER = new PdfDocumentReader();

    /** The example's PDF, rendered once. */
    private static final class Example {
        static final byte[] PDF = RenderedExample.pdf();
    }

    @Property(tries = 200)
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        Damage.assertReadOrUnreadable(READER, "随机.pdf", bytes);
    }

    @Property(tries = 200)
    void randomBytesAfterAPdfHeader(@ForAll @Size(max = 3000) byte[] bytes) {
        byte[] file = new byte[bytes.length + 9];
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, file, 0, 9);
        System.arraycopy(bytes, 0, file, 9, bytes.length);
        Damage.assertReadOrUnreadable(READER, "随机.pdf", file);
    }

    @Property(tries = 15)
    void truncatedFiles(@ForAll @IntRange(max = 999) int permille) {
        Damage.assertReadOrUnreadable(READER, "截断.pdf", Damage.truncated(Example.PDF, permille));
    }

    @Property(tries = 10)
    void damagedBytes(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(max = 99_999) Integer> places, @ForAll byte value) {
        Damage.assertReadOrUnreadable(READER, "损坏.pdf", Damage.flipped(Example.PDF, places, value));
    }
}
