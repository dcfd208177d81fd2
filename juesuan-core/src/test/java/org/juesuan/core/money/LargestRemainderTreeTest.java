package org.juesuan.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Rounding a hierarchy top-down to 0.01 万元 keeps every printed parent equal to the sum of its printed children. */
class LargestRemainderTreeTest {

    private static final long STEP_FEN = 10_000; // 0.01 万元
    private static final Amount STEP = Amount.ofFen(STEP_FEN);

    /** A node of a hierarchy of amounts: a leaf has its own value, a branch the sum of its children. */
    record Tree(long leafFen, List<Tree> children) {
        long exactFen() {
            return children.isEmpty()
                    ? leafFen
                    : children.stream().mapToLong(Tree::exactFen).sum();
        }

        @Override
        public String toString() {
            return children.isEmpty() ? Long.toString(leafFen) : children.toString();
        }
    }

    @Property
    void everyRoundedParentIsTheSumOfItsRoundedChildren(@ForAll("trees") Tree root) {
        Amount rounded = LargestRemainder.round(Amount.ofFen(root.exactFen()), STEP);
        check(root, rounded);
    }

    private static void check(Tree node, Amount rounded) {
        assertIsFloorOrCeiling(node.exactFen(), rounded);
        if (node.children().isEmpty()) {
            return;
        }
        List<Amount> exact = new ArrayList<>();
        node.children().forEach(child -> exact.add(Amount.ofFen(child.exactFen())));
        List<Amount> parts = LargestRemainder.apportion(rounded, exact, STEP);
        assertThat(parts).hasSameSizeAs(exact);
        assertThat(Amount.total(parts)).as("children of %s", node).isEqualTo(rounded);
        for (int i = 0; i < parts.size(); i++) {
            check(node.children().get(i), parts.get(i));
        }
    }

    private static void assertIsFloorOrCeiling(long exactFen, Amount rounded) {
        long floor = Math.floorDiv(exactFen, STEP_FEN) * STEP_FEN;
        long ceiling = -Math.floorDiv(-exactFen, STEP_FEN) * STEP_FEN;
        assertThat(rounded.toFen()).as("rounding of %s fen", exactFen).isIn(floor, ceiling);
    }

    @Provide
    Arbitrary<Tree> trees() {
        return Arbitraries.integers().between(1, 4).flatMap(this::tree);
    }

    private Arbitrary<Tree> tree(int depth) {
        Arbitrary<Tree> leaf = fen().map(fen -> new Tree(fen, List.of()));
        if (depth == 1) {
            return leaf;
        }
        Arbitrary<Tree> branch =
                tree(depth - 1).list().ofMinSize(1).ofMaxSize(6).map(children -> new Tree(0, children));
        return Arbitraries.frequencyOf(Tuple.of(1, leaf), Tuple.of(4, branch));
    }

    /** Mostly non-negative amounts up to 100 万元, some negative (refunds, corrections), many near a half step. */
    private static Arbitrary<Long> fen() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(0, 100_000_000L)),
                Tuple.of(2, Arbitraries.longs().between(0, 200).map(k -> k * STEP_FEN + STEP_FEN / 2)),
                Tuple.of(2, Arbitraries.longs().between(-5_000_000L, -1)));
    }
}
