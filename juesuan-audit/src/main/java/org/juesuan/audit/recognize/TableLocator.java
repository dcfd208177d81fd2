package org.juesuan.audit.recognize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.source.SourceRef;

/**
 * Finds a profile's public tables in a document (表格定位): a table starts at its caption — its number (公开01表,
 * printed 公开 01 表 as often as not) or its title (2024年度收入支出决算总表) — and is the first grid after it, with
 * the unit line (单位：万元) and any statement printed instead of a body (本部门2024年度无…) in between or just after.
 *
 * <p>Stateless and thread-safe.
 */
final class TableLocator {

    private static final Pattern NUMBER = Pattern.compile("公开0?([0-9]{1,2})表");
    private static final Pattern UNIT = Pattern.compile("单位[：:](万元|元)");
    private static final Pattern NONE = Pattern.compile("(本部门|本单位|我部门|我单位|[^，。]{2,40})[0-9]{4}年度?无[^。]*[。]?");

    private TableLocator() {}

    /**
     * A located table.
     *
     * @param definition the profile's table
     * @param caption where its caption is
     * @param grid the printed grid, if one follows the caption
     * @param unit the unit stated for it (万元 when none is stated)
     * @param statement a statement that it has nothing to report, if printed
     */
    record Located(
            TableDefinition definition,
            SourceRef caption,
            @Nullable TableBlock grid,
            AmountUnit unit,
            @Nullable String statement) {}

    /**
     * Returns how well a document fits a profile (for profile detection): two points for each of the profile's tables
     * the document names by its number (公开01表), one for each it names only by its exact title — the longest title
     * matching, so that 基本支出决算明细表 and 基本支出决算表 tell two profiles apart.
     */
    static int score(Profile profile, List<Block> blocks) {
        int score = 0;
        for (TableDefinition table : profile.tables()) {
            int best = 0;
            for (Block block : blocks) {
                if (!(block instanceof TextBlock text)) {
                    continue;
                }
                String compact = Labels.compact(text.text());
                if (named(profile, compact)
                        .filter(t -> t.id().equals(table.id()))
                        .isEmpty()) {
                    continue;
                }
                best = Math.max(best, NUMBER.matcher(compact).matches() ? 2 : 1);
                if (best == 2) {
                    break;
                }
            }
            score += best;
        }
        return score;
    }

    /** Locates the profile's tables, in document order; a table the document does not have is absent. */
    static Map<String, Located> locate(Profile profile, List<Block> blocks) {
        Map<String, Located> found = new LinkedHashMap<>();
        TableDefinition current = null;
        SourceRef caption = null;
        TableBlock grid = null;
        AmountUnit unit = AmountUnit.WAN_YUAN;
        String statement = null;
        List<Block> all = new ArrayList<>(blocks);
        for (int i = 0; i <= all.size(); i++) {
            Block block = i < all.size() ? all.get(i) : null;
            Optional<TableDefinition> named = Optional.empty();
            if (block instanceof TextBlock text) {
                named = named(profile, Labels.compact(text.text()));
                // a part heading (第三部分 …) ends the tables
                if (named.isEmpty() && Labels.compact(text.text()).matches("第[一二三四五六七八九十]+部分.*")) {
                    named = Optional.empty();
                    if (current != null) {
                        keep(found, new Located(current, caption, grid, unit, statement));
                        current = null;
                    }
                    continue;
                }
            }
            boolean same =
                    named.isPresent() && current != null && named.get().id().equals(current.id()) && grid == null;
            if (block == null || (named.isPresent() && !same)) {
                if (current != null) {
                    keep(found, new Located(current, caption, grid, unit, statement));
                }
                if (block == null) {
                    break;
                }
                current = named.get();
                caption = block.source();
                grid = null;
                unit = AmountUnit.WAN_YUAN;
                statement = null;
                continue;
            }
            if (current == null) {
                continue;
            }
            if (block instanceof TableBlock table) {
                if (grid == null) {
                    grid = table;
                }
            } else if (block instanceof TextBlock text) {
                String compact = Labels.compact(text.text());
                Matcher unitLine = UNIT.matcher(compact);
                if (unitLine.find()) {
                    unit = unitLine.group(1).equals("元") ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
                } else if (statement == null && compact.length() < 120 && isStatement(current, compact)) {
                    statement = compact;
                }
            }
        }
        return found;
    }

    /**
     * Returns whether a line says the table has nothing to report: the profile's own statement for it (its {@code
     * emptyStatement}, the unit, subject and year taken as they come), or the usual wordings (本部门2024年度无…,
     * 故本表无数据).
     */
    static boolean isStatement(TableDefinition table, String compact) {
        if (NONE.matcher(compact).matches() || compact.contains("本表无数据") || compact.contains("本表为空")) {
            return true;
        }
        String template = Labels.compact(table.emptyStatement());
        if (template.isEmpty()) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = Pattern.compile("\\{[a-zA-Z]+\\}").matcher(template);
        int at = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(template.substring(at, placeholder.start())))
                    .append(".{0,60}?");
            at = placeholder.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return compact.matches(regex.toString().replace("\\Q。\\E", "。?"));
    }

    /**
     * Keeps the better of two places naming the same table: one with a grid (or a statement) over a mere mention,
     * such as the line of the table of contents; otherwise the first.
     */
    private static void keep(Map<String, Located> found, Located located) {
        Located before = found.get(located.definition().id());
        if (before == null
                || (before.grid() == null
                        && before.statement() == null
                        && (located.grid() != null || located.statement() != null))) {
            found.put(located.definition().id(), located);
        }
    }

    /** Returns the table a caption line names, if any: by number first, else by the longest matching title. */
    private static Optional<TableDefinition> named(Profile profile, String compact) {
        if (compact.length() > 60) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(compact);
        if (number.matches()) {
            String wanted = "公开" + String.format("%02d", Integer.parseInt(number.group(1))) + "表";
            for (TableDefinition table : profile.tables()) {
                if (Labels.compact(table.number()).equals(wanted)) {
                    return Optional.of(table);
                }
            }
            return Optional.empty();
        }
        TableDefinition best = null;
        for (TableDefinition table : profile.tables()) {
            String title = Labels.key(table.title());
            if (compact.endsWith(title)
                    && compact.length() - title.length() <= 12
                    && (best == null
                            || title.length() > Labels.key(best.title()).length())) {
                best = table;
            }
        }
        return Optional.ofNullable(best);
    }
}
