package org.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private static final FontFace FACE = FontFace.current();
    private static final String CLOSING = "，。、；：？！）》」』”";
    private static final String OPENING = "（《「『“";

    @Test
    void neverStartsALineWithClosingOrEndsWithOpeningPunctuationAndKeepsFiguresWhole() {
        Random random = new Random(20241231);
        String hanzi = "部门决算公开一般公共服务支出财政拨款收入合计";
        for (int trial = 0; trial < 500; trial++) {
            List<String> pieces = new ArrayList<>();
            List<Boolean> figures = new ArrayList<>();
            int runs = 3 + random.nextInt(8);
            for (int r = 0; r < runs; r++) {
                if (random.nextInt(3) == 0) {
                    pieces.add(random.nextInt(100000) + "." + (10 + random.nextInt(90)));
                    figures.add(true);
                } else {
                    StringBuilder text = new StringBuilder();
                    int length = 1 + random.nextInt(12);
                    for (int i = 0; i < length; i++) {
                        int kind = random.nextInt(6);
                        if (kind == 0) {
                            text.append(CLOSING.charAt(random.nextInt(CLOSING.length())));
                        } else if (kind == 1) {
                            text.append(OPENING.charAt(random.nextInt(OPENING.length())));
                        } else {
                            text.append(hanzi.charAt(random.nextInt(hanzi.length())));
                        }
                    }
                    pieces.add(text.toString());
                    figures.add(false);
                }
            }
            ShapedText text = ShapedText.of(FACE, pieces);
            boolean[] atomic = new boolean[pieces.size()];
            for (int i = 0; i < atomic.length; i++) {
                atomic[i] = figures.get(i);
            }
            float width = 60 + random.nextInt(200);
            List<LineBreaker.Line> lines = LineBreaker.lines(text, atomic, 12f, width - 24, width);

            StringBuilder joined = new StringBuilder();
            for (int l = 0; l < lines.size(); l++) {
                LineBreaker.Line line = lines.get(l);
                String shown = new String(text.codePoints, line.from(), line.to() - line.from());
                joined.append(shown);
                assertThat(shown).isNotEmpty();
                if (l > 0) {
                    assertThat(CLOSING.indexOf(shown.charAt(0)))
                            .as("line starts with closing punctuation: %s", shown)
                            .isNegative();
                    // a figure is never broken: the code point before the break is in another run or not a figure
                    int before = line.from() - 1;
                    assertThat(text.runs[before] != text.runs[line.from()] || !atomic[text.runs[before]])
                            .as("figure broken before %s", shown)
                            .isTrue();
                }
                if (l < lines.size() - 1) {
                    assertThat(OPENING.indexOf(shown.charAt(shown.length() - 1)))
                            .as("line ends with opening punctuation: %s", shown)
                            .isNegative();
                }
            }
            assertThat(joined.toString()).isEqualTo(String.join("", pieces));
        }
    }

    @Test
    void breaksBetweenChineseCharactersToFillTheLine() {
        ShapedText text = ShapedText.of(FACE, "一二三四五六七八九十一二三四五六七八九十");
        List<LineBreaker.Line> lines = LineBreaker.lines(text, new boolean[] {false}, 10f, 70f, 70f);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).to() - lines.get(0).from()).isEqualTo(7);
        assertThat(lines.get(2).last()).isTrue();
    }
}
