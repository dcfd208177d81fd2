package org.juesuan.audit.read.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;

/** Files that are not a readable text, each refused with a Chinese message that says why. */
class UnreadableTextTest {

    private static final TextDocumentReader READER = new TextDocumentReader();

    @Test
    void refusesAPdf() {
        assertRefused(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "不是文本文件", "PDF");
    }

    @Test
    void refusesAZipSuchAsADocx() {
        assertRefused(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, "不是文本文件", "ZIP");
    }

    @Test
    void refusesAFileWithNulBytes() {
        assertRefused(bytes("单位\u0000万元"), "不是文本文件", "空字节");
    }

    @Test
    void refusesBytesThatAreMostlyUndecodable() {
        byte[] binary = new byte[3000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (1 + (i * 7919) % 255); // every byte value but 0, scattered
        }
        assertRefused(binary, "不是文本文件", "无法按 UTF-8 或 GB18030 解读");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(new byte[0], "文件是空的");
    }

    @Test
    void refusesAFileWithNothingButSpacesMarkupAndPageNumbers() {
        assertRefused(bytes(" \n\t\t\n<br/>\n- 2 -\n\r\n"), "没有可读取的文字");
    }

    @Test
    void refusesAFileOverFiftyMegabytes() {
        byte[] huge = new byte[(int) TextDocumentReader.MAX_BYTES + 1];
        assertRefused(huge, "文件过大", "50.0 MB");
    }

    @Test
    void refusesAFileOverEachOfItsLimits() {
        byte[] table = bytes("项目\t金额\t备注\n合计\t265.18\t\n");
        assertRefused(reader(20, 10, 100, 10, 100), table, "文件过大", "超过文本文件的读取上限");
        assertRefused(reader(1000, 1, 100, 10, 100), table, "文件超过 1 行");
        assertRefused(reader(1000, 10, 100, 10, 5), table, "文件过于零碎");
        // the cleaned lines count too: a line of Chinese characters each set apart by a space is 200 pieces
        assertRefused(reader(1000, 10, 1000, 10, 100), bytes("好 ".repeat(200)), "文件过于零碎");
    }

    @Test
    void refusesALineOfTooManyCharactersAtThatLine() {
        UnreadableDocumentException refused =
                assertRefused(reader(1000, 10, 5, 10, 100), bytes("单位：万元\n一般公共服务支出\n"), "第 2 行超过 5 个字符");
        assertThat(refused.where()).isEqualTo(SourceRef.text("t.txt", 2, 1));
    }

    @Test
    void refusesALineOfTooManyFieldsAtThatLine() {
        UnreadableDocumentException refused =
                assertRefused(reader(1000, 10, 100, 3, 100), bytes("单位：万元\na\tb\tc\td\n"), "第 2 行有 3 个以上的栏目");
        assertThat(refused.where()).isEqualTo(SourceRef.text("t.txt", 2, 1));
        assertRefused(reader(1000, 10, 100, 3, 100), bytes("a  b  c  d\n"), "第 1 行有 3 个以上的栏目");
    }

    private static TextDocumentReader reader(int bytes, int lines, int lineLength, int fields, int positions) {
        return new TextDocumentReader(new TextDocumentReader.Limits(bytes, lines, lineLength, fields, positions));
    }

    private static UnreadableDocumentException assertRefused(byte[] content, String... message) {
        return assertRefused(READER, content, message);
    }

    private static UnreadableDocumentException assertRefused(
            TextDocumentReader reader, byte[] content, String... message) {
        UnreadableDocumentException refused = assertThatExceptionOfType(UnreadableDocumentException.class)
                .isThrownBy(() -> reader.read("t.txt", content))
                .actual();
        assertThat(refused.getMessage()).contains(message);
        assertThat(refused.where().file()).isEqualTo("t.txt");
        assertThat(refused.getCause()).isNull();
        return refused;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
