package org.juesuan.audit.read.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.juesuan.audit.read.example.Damage;
import org.juesuan.audit.read.example.RenderedExample;

/** Whatever the bytes, the web page reader reads them or reports them unreadable; it never throws anything else. */
class HtmlReaderNeverThrowsTest {

    private static final HtmlDocumentReader READER = new HtmlDocumentReader();

    /** The example's page, rendered once. */
    private static final class Example {
        static final byte[] HTML = RenderedExample.html();
    }

    @Property(tries = 200)
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        Damage.assertReadOrUnreadable(READER, "随机.html", bytes);
    }

    @Property(tries = 30)
    void truncatedFiles(@ForAll @IntRange(max = 999) int permille) {
        Damage.assertReadOrUnreadable(READER, "截断.html", Damage.truncated(Example.HTML, permille));
    }

    @Property(tries = 15)
    void damagedBytes(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(max = 99_999) Integer> places, @ForAll byte value) {
        Damage.assertReadOrUnreadable(READER, "损坏.html", Damage.flipped(Example.HTML, places, value));
    }

    @Property(tries = 200)
    void randomMarkup(@ForAll @Size(max = 300) List<@IntRange(max = 13) Integer> pieces) {
        String[] markup = {
            "<table>",
            "</table>",
            "<tr>",
            "</tr>",
            "<td rowspan=\"0\">",
            "<td colspan=\"99999\">",
            "</td>",
            "<p>",
            "</p>",
            "文字",
            "<br>",
            "<th rowspan=-1>",
            "<svg><text>",
            "<caption>"
        };
        StringBuilder page = new StringBuilder();
        for (int piece : pieces) {
            page.append(markup[piece]);
        }
        Damage.assertReadOrUnreadable(READER, "标记.html", page.toString().getBytes(StandardCharsets.UTF_8));
    }
}
