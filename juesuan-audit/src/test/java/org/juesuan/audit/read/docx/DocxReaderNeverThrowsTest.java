package org.juesuan.audit.read.docx;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.juesuan.audit.read.example.Damage;
import org.juesuan.audit.read.example.RenderedExample;

/** Whatever the bytes, the Word reader reads them or reports them unreadable; it never throws anything else. */
class DocxReaderNeverThrowsTest {

    private static final DocxDocumentReader READER = new DocxDocumentReader();

    /** The example's Word file, rendered once. */
    private static final class Example {
        static final byte[] DOCX = RenderedExample.docx();
    }

    @Property(tries = 200)
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        Damage.assertReadOrUnreadable(READER, "随机.docx", bytes);
    }

    @Property(tries = 40)
    void truncatedFiles(@ForAll @IntRange(max = 999) int permille) {
        Damage.assertReadOrUnreadable(READER, "截断.docx", Damage.truncated(Example.DOCX, permille));
    }

    @Property(tries = 25)
    void damagedBytes(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(max = 99_999) Integer> places, @ForAll byte value) {
        Damage.assertReadOrUnreadable(READER, "损坏.docx", Damage.flipped(Example.DOCX, places, value));
    }

    @Property(tries = 60)
    void damagedBodies(@ForAll @Size(max = 200) List<@IntRange(max = 12) Integer> pieces) {
        String[] xml = {
            "<w:p>",
            "</w:p>",
            "<w:tbl>",
            "</w:tbl>",
            "<w:tr>",
            "</w:tr>",
            "<w:tc>",
            "</w:tc>",
            "<w:r><w:t>字</w:t></w:r>",
            "<w:gridSpan w:val=\"99999999\"/>",
            "<w:vMerge/>",
            "<w:fldChar w:fldCharType=\"begin\"/>",
            "<w:gridBefore w:val=\"-3\"/>"
        };
        StringBuilder body = new StringBuilder();
        for (int piece : pieces) {
            body.append(xml[piece]);
        }
        Damage.assertReadOrUnreadable(READER, "结构.docx", MiniDocx.of(body.toString()));
    }
}
