package org.juesuan.core.narrative;

import java.util.List;
import org.juesuan.core.dataset.SyntheticDatasets;
import org.juesuan.core.document.*;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void print() {
        for (String id : List.of("hubei-2024", "shanghai-2024")) {
            dump(NarrativeFixture.narrative(NarrativeFixture.example(), id));
        }
        dump(NarrativeFixture.narrative(SyntheticDatasets.of(7).withProfile("hubei-2024"), "hubei-2024"));
    }

    static void dump(List<Block> blocks) {
        System.out.println("=========");
        for (Block b : blocks) {
            if (b instanceof Heading) System.out.println("H" + ((Heading) b).level() + " " + ((Heading) b).text());
            else if (b instanceof Paragraph) {
                StringBuilder s = new StringBuilder();
                for (Run r : ((Paragraph) b).runs())
                    s.append(r instanceof FigureRun ? "⟦" + r.text() + "|" + ((FigureRun) r).key() + "⟧" : r.text());
                System.out.println("P " + s);
            } else System.out.println("C " + b);
        }
    }
}
