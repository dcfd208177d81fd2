package org.juesuan.audit.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.SourceRef;

/**
 * Recognises a published document (文件识别): the profile it follows, the unit, its level of government and year,
 * each public table mapped onto the profile's definitions, the self-evaluation forms of its attachments, and the
 * dataset all that amounts to.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentRecognizer {

    private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})年度");
    private static final Pattern DEPARTMENT = Pattern.compile("^(?:部门|单位)(?:名称)?[：:](.+)$");
    private static final Pattern PART_TITLE = Pattern.compile("^第[一二三四五六七八九十]+部分(.+?)(20[0-9]{2})年度部门决算");

    private DocumentRecognizer() {}

    /**
     * What a document was recognised as.
     *
     * @param profile the profile it follows
     * @param unit the unit as the document names it
     * @param tables the public tables found, in the profile's order
     * @param located where each of the profile's tables is, by table id; a table not found is absent
     * @param dataset the dataset the document amounts to
     * @param issues what recognition found (truncated codes, unknown rows, figures that are not amounts …)
     */
    public record Recognition(
            Profile profile,
            UnitInfo unit,
            List<RecoveredTable> tables,
            Map<String, SourceRef> located,
            Dataset dataset,
            Issues issues) {}

    /**
     * Recognises a document under the profile that fits it best of {@code profiles}: the one whose tables the
     * document names most often (by number, else by title), the first on a tie.
     *
     * @param claims the narrative's claims, already extracted
     */
    public static Recognition recognize(
            PublishedDocument document, List<Profile> profiles, Map<NarrativeClaim, Published.Claim> claims) {
        return recognize(document, profile(document, profiles), claims);
    }

    /**
     * Returns the profile of {@code profiles} that fits a document best: the one whose tables the document names most
     * often (by number, else by title), the first on a tie.
     */
    public static Profile profile(PublishedDocument document, List<Profile> profiles) {
        Profile best = profiles.get(0);
        int bestScore = -1;
        for (Profile profile : profiles) {
            int score = TableLocator.score(profile, document.blocks());
            if (score > bestScore) {
                best = profile;
                bestScore = score;
            }
        }
        return best;
    }

    /** Recognises a document under a given profile. */
    public static Recognition recognize(
            PublishedDocument document, Profile profile, Map<NarrativeClaim, Published.Claim> claims) {
        Issues issues = Issues.create();
        UnitInfo unit = unit(document, profile);
        Map<String, TableLocator.Located> located = TableLocator.locate(profile, document.blocks());
        List<RecoveredTable> tables = new ArrayList<>();
        Map<String, SourceRef> where = new java.util.LinkedHashMap<>();
        AmountUnit amountUnit = AmountUnit.WAN_YUAN;
        for (var table : profile.tables()) {
            TableLocator.Located found = located.get(table.id());
            if (found == null) {
                continue;
            }
            where.put(table.id(), found.caption());
            amountUnit = found.unit();
            if (found.grid() == null) {
                tables.add(new RecoveredTable(table, found.unit(), List.of(), found.statement(), found.caption()));
                continue;
            }
            tables.add(
                    TableRecognizer.recognize(profile, table, found.grid(), found.unit(), found.statement(), issues));
        }
        SourceRef source = SourceRef.file(document.name());
        Dataset dataset = DatasetAssembler.assemble(profile, unit, amountUnit, tables, claims, source);
        FormRecognizer.Forms forms = FormRecognizer.recognize(document);
        issues.addAll(forms.issues());
        if (forms.overall() != null || !forms.projects().isEmpty()) {
            dataset = dataset.withEvaluations(forms.overall(), forms.projects());
        }
        return new Recognition(profile, unit, tables, where, dataset, issues);
    }

    /** Reads the unit's name, scope, level and year from the title lines and the tables' 部门 lines. */
    private static UnitInfo unit(PublishedDocument document, Profile profile) {
        String name = null;
        String partName = null;
        Integer year = null;
        for (Block block : document.blocks()) {
            if (!(block instanceof TextBlock text)) {
                continue;
            }
            String compact = Labels.compact(text.text());
            if (year == null) {
                Matcher y = YEAR.matcher(compact);
                if (y.find() && compact.length() < 80) {
                    year = Integer.parseInt(y.group(1));
                }
            }
            Matcher d = DEPARTMENT.matcher(compact);
            if (name == null && d.matches()) {
                name = d.group(1);
            }
            Matcher p = PART_TITLE.matcher(compact);
            if (p.find() && (partName == null || p.group(1).contains("汇总"))) {
                partName = p.group(1);
            }
            if (name != null && year != null) {
                break;
            }
        }
        // the tables' 部门 line names the unit as the tables are drawn up (…（汇总）); else a part's title
        String unitName = name != null ? name : partName != null ? partName : "";
        Scope scope = unitName.matches(".*[（(]汇总[)）]$") ? Scope.CONSOLIDATED : Scope.OWN;
        unitName = unitName.replaceAll("[（(](汇总|本级)[)）]$", "");
        return new UnitInfo(
                unitName,
                unitName,
                "",
                level(unitName),
                "",
                scope,
                year == null ? profile.fiscalYear() : year,
                null,
                List.of(),
                "",
                List.of());
    }

    /**
     * Returns the level of government a unit's name implies: the most local administrative division in the name
     * before the department's own words (武汉市青山区人民政府… is a district's); a city's when none is named.
     */
    static GovernmentLevel level(String name) {
        Matcher m = Pattern.compile("^(.*?)(人民政府|委员会|办公室|局|厅|部|委|院|中心|所|站|会)").matcher(name);
        String region = m.find() ? m.group(1) : name;
        Optional<GovernmentLevel> level = Optional.empty();
        Matcher division = Pattern.compile("(省|自治区|市|自治州|州|盟|区|县|自治县|旗)").matcher(region);
        while (division.find()) {
            level = Optional.of(
                    switch (division.group(1)) {
                        case "省", "自治区" -> GovernmentLevel.PROVINCE;
                        case "市", "自治州", "州", "盟" -> GovernmentLevel.CITY;
                        case "区" -> GovernmentLevel.DISTRICT;
                        default -> GovernmentLevel.COUNTY;
                    });
        }
        return level.orElse(GovernmentLevel.CITY);
    }
}
