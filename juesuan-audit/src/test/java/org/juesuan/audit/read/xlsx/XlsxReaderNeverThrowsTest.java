package org.juesuan.audit.read.xlsx;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.juesuan.audit.read.example.Damage;
import org.juesuan.audit.read.example.RenderedExample;

/** Whatever the bytes, the workbook reader reads them or reports them unreadable; it never throws anything else. */
class XlsxReaderNeverThrowsTest {

    private static final XlsxDocumentReader READER = new XlsxDocumentReader();

    /** The example's workbook, rendered once. */
    private static final class Example {
        static final byte[] XLSX = RenderedExample.xlsx();
    }

    @Property(tries = 200)
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        Damage.assertReadOrUnreadable(READER, "随机.xlsx", bytes);
    }

    @Property(tries = 30)
    void truncatedFiles(@ForAll @IntRange(max = 999) int permille) {
        Damage.assertReadOrUnreadable(READER, "截断.xlsx", Damage.truncated(Example.XLSX, permille));
    }

    @Property(tries = 12)
    void damagedBytes(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(max = 99_999) Integer> places, @ForAll byte value) {
        Damage.assertReadOrUnreadable(READER, "损坏.xlsx", Damage.flipped(Example.XLSX, places, value));
    }
}
