package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Count;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.source.SourceRef;

/**
 * Gathers the facts read from every sheet into the parts of a dataset (数据汇集), so that the same code in several
 * sheets becomes one line, and the same fact given twice is an error citing where it was given first.
 *
 * <p>Not thread-safe: a builder used by one import.
 */
final class DatasetAssembler {

    /** The prose of a function line. */
    enum LineText {
        /** 主要用途. */
        PURPOSE("主要用途"),
        /** 预决算差异原因. */
        BUDGET_REASON("预决算差异原因");

        final String label;

        LineText(String label) {
            this.label = label;
        }
    }

    private final Issues issues;
    private final Map<ClassCode, LineDraft> lines = new TreeMap<>();
    private final Map<String, SourceRef> given = new HashMap<>();
    private final Map<ClassCode, Figure> economic = new TreeMap<>();
    private final Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
    private final Map<UnitFact, Count> counts = new EnumMap<>(UnitFact.class);
    private final Map<UnitFact, Text> texts = new EnumMap<>(UnitFact.class);

    DatasetAssembler(Issues issues) {
        this.issues = issues;
    }

    /** Returns the line of a code, started at {@code where} if new; the first non-empty name is kept. */
    LineDraft line(ClassCode code, String name, SourceRef where) {
        LineDraft draft = lines.computeIfAbsent(code, c -> new LineDraft(c, where));
        if (draft.name.isEmpty()) {
            draft.name = name;
        }
        return draft;
    }

    /**
     * Records a figure of a slot.
     *
     * @param code the 项 code for a line slot, the 款 code for the economic slot, ignored for a unit fact
     */
    void put(Slot slot, @Nullable ClassCode code, Figure figure) {
        if (slot instanceof LineSlot) {
            LineSlot line = (LineSlot) slot;
            ClassCode item = Objects.requireNonNull(code, "code");
            if (first("L" + item + line, line.label() + "（" + item + "）", figure.source())) {
                line.write(Objects.requireNonNull(lines.get(item), "line not started"), figure);
            }
        } else if (slot instanceof Slot.Economic) {
            ClassCode item = Objects.requireNonNull(code, "code");
            if (first("E" + item, "经济分类 " + item + " 的金额", figure.source())) {
                economic.put(item, figure);
            }
        } else {
            UnitFact fact = ((Slot.Fact) slot).fact();
            if (first("F" + fact.key(), "“" + fact.label() + "”", figure.source())) {
                amounts.put(fact, figure);
            }
        }
    }

    /** Records the prose of a line. */
    void lineText(ClassCode code, LineText which, Text text) {
        if (first("T" + code + which, which.label + "（" + code + "）", text.source())) {
            LineDraft draft = Objects.requireNonNull(lines.get(code), "line not started");
            if (which == LineText.PURPOSE) {
                draft.purpose = text;
            } else {
                draft.budgetReason = text;
            }
        }
    }

    /** Records a count fact. */
    void count(UnitFact fact, Count count) {
        if (first("F" + fact.key(), "“" + fact.label() + "”", count.source())) {
            counts.put(fact, count);
        }
    }

    /** Records a text fact. */
    void text(UnitFact fact, Text text) {
        if (first("F" + fact.key(), "“" + fact.label() + "”", text.source())) {
            texts.put(fact, text);
        }
    }

    private boolean first(String key, String what, SourceRef where) {
        @Nullable SourceRef earlier = given.putIfAbsent(key, where);
        if (earlier != null) {
            issues.error(where, "WORKBOOK_DUPLICATE_FACT", what + "已在 " + earlier.display() + " 填写，同一数据只能填写一处");
            return false;
        }
        return true;
    }

    List<FunctionLine> lines() {
        List<FunctionLine> result = new ArrayList<>();
        lines.values().forEach(draft -> result.add(draft.toLine()));
        return result;
    }

    Map<ClassCode, Figure> economic() {
        return economic;
    }

    UnitFacts facts() {
        return new UnitFacts(amounts, counts, texts);
    }
}
