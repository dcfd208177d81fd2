package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.document.Block;
import org.juesuan.core.performance.Scorecard;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.TableSet;

/**
 * What one narrative is written from and into (写作上下文): the profile, the figures, the blocks written so far, the
 * figure keys and the chart numbers handed out.
 *
 * <p>Not thread-safe; one per narrative.
 */
final class Context {

    final Profile profile;
    final Values values;
    /** The computed scores of the self-evaluation forms, when the profile's scoring rules were given. */
    final @Nullable Scorecard scores;

    private final Map<String, Integer> keys = new HashMap<>();
    final List<Block> blocks = new ArrayList<>();
    final int year;
    final String unit;
    private int charts;

    Context(Profile profile, TableSet display, @Nullable Scorecard scores) {
        this.profile = profile;
        this.scores = scores;
        this.values = new Values(display);
        this.year = display.dataset().fiscalYear();
        this.unit = display.dataset().unit().name();
    }

    /** Returns a figure key unique in the narrative: a key printed again gets {@code #2}, {@code #3} …. */
    String uniqueKey(String key) {
        int n = keys.merge(key, 1, Integer::sum);
        return n == 1 ? key : key + "#" + n;
    }

    /** Returns the next chart number (图1, 图2 …). */
    int nextChart() {
        return ++charts;
    }
}
