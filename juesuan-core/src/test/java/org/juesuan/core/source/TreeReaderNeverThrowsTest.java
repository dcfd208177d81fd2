package org.juesuan.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.juesuan.core.issue.Result;

/** Whatever the text, the reader returns a tree or explains with issues why it has none; it never throws. */
class TreeReaderNeverThrowsTest {

    @Property(tries = 2000)
    void yamlGivesATreeOrAnError(
            @ForAll
                    @StringLength(max = 40)
                    @Chars({
                        '{', '}', '[', ']', ':', ',', '-', '"', '\'', '\n', ' ', '\t', 'a', 'b', '1', '.', '#', '&',
                        '*', '!', '|', '>', '?', '%', '@', '`', '~', '\\'
                    })
                    String text) {
        Result<Node> result = TreeReader.read(text, "t.yaml", TreeReader.Format.YAML);
        assertThat(result.value().isPresent() || result.issues().hasErrors()).isTrue();
    }

    @Property(tries = 2000)
    void jsonGivesATreeOrAnError(
            @ForAll
                    @StringLength(max = 40)
                    @Chars({
                        '{', '}', '[', ']', ':', ',', '"', '\n', ' ', 'a', '1', '.', 'e', '-', 'n', 'u', 'l', 't', 'r',
                        '\\'
                    })
                    String text) {
        Result<Node> result = TreeReader.read(text, "t.json", TreeReader.Format.JSON);
        assertThat(result.value().isPresent() || result.issues().hasErrors()).isTrue();
    }
}
