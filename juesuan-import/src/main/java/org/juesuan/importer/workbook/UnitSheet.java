package org.juesuan.importer.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/**
 * The sheet 单位信息: two columns 项目 | 内容, read by the label in column A so that rows may be moved; 部门主要职责
 * and 所属单位 take one row per item.
 *
 * <p>Stateless and thread-safe.
 */
final class UnitSheet {

    static final String NAME = "单位名称";
    static final String SHORT_NAME = "单位简称";
    static final String REGION = "地区";
    static final String LEVEL = "预算级次";
    static final String KIND = "单位类型";
    static final String SCOPE = "决算范围";
    static final String YEAR = "年度";
    static final String PUBLISHED_ON = "公开日期";
    static final String PROFILE = "地区口径";
    static final String AMOUNT_UNIT = "金额单位";
    static final String DUTY = "部门主要职责";
    static final String ORGANIZATION = "机构设置";
    static final String SUBORDINATE = "所属单位";

    private static final List<String> SINGLE = List.of(
            NAME, SHORT_NAME, REGION, LEVEL, KIND, SCOPE, YEAR, PUBLISHED_ON, PROFILE, AMOUNT_UNIT, ORGANIZATION);
    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry(NAME, "单位全称"),
            Map.entry(SHORT_NAME, "表格和文字中使用的简称；不填则同单位名称"),
            Map.entry(REGION, "如：湖北省武汉市青山区"),
            Map.entry(LEVEL, "中央、省、市、区 或 县"),
            Map.entry(KIND, "如：行政单位、参照公务员法管理事业单位、事业单位"),
            Map.entry(SCOPE, "本级 或 汇总"),
            Map.entry(YEAR, "决算年度，如 2024"),
            Map.entry(PUBLISHED_ON, "YYYY-MM-DD，可不填"),
            Map.entry(PROFILE, "表样所依据的地区口径，请勿修改"),
            Map.entry(AMOUNT_UNIT, "本工作簿所有金额的单位（元 或 万元），请在填写金额前确定"),
            Map.entry(DUTY, "每行一条；可插入更多行，项目列照填“部门主要职责”"),
            Map.entry(ORGANIZATION, "机构设置情况"),
            Map.entry(SUBORDINATE, "汇总时纳入的单位，每行一个，本级在前"));

    /**
     * What the sheet says.
     *
     * @param info the unit, when every required field is usable
     * @param profileId the profile id, if given
     * @param unit the amount unit, if usable
     * @param year the fiscal year, if usable
     * @param profileRef where the profile id is
     * @param yearRef where the year is
     */
    record Values(
            @Nullable UnitInfo info,
            @Nullable String profileId,
            @Nullable AmountUnit unit,
            @Nullable Integer year,
            SourceRef profileRef,
            SourceRef yearRef) {}

    private UnitSheet() {}

    static void write(Sheet sheet, WorkbookContent content, String profileId, CellWriter out) {
        UnitInfo info = content.dataset().unit();
        boolean template = content.template();
        out.text(sheet, 0, 0, "项目", CellWriter.Style.HEADER);
        out.text(sheet, 0, 1, "内容", CellWriter.Style.HEADER);
        out.text(sheet, 0, 2, "填写说明", CellWriter.Style.HEADER);
        int row = 1;
        row = field(sheet, row, NAME, info.name(), out);
        row = field(sheet, row, SHORT_NAME, info.shortName(), out);
        row = field(sheet, row, REGION, info.region(), out);
        out.choices(sheet, 1, row, row, List.of("中央", "省", "市", "区", "县"));
        row = field(sheet, row, LEVEL, template ? "" : info.level().label(), out);
        row = field(sheet, row, KIND, info.unitKind(), out);
        out.choices(sheet, 1, row, row, List.of(Scope.OWN.label(), Scope.CONSOLIDATED.label()));
        row = field(sheet, row, SCOPE, template ? "" : info.scope().label(), out);
        field(sheet, row, YEAR, "", out);
        out.cell(sheet, row++, 1, CellWriter.Style.INPUT_NUMBER).setCellValue(info.fiscalYear());
        row = field(
                sheet,
                row,
                PUBLISHED_ON,
                info.publicationDate().map(LocalDate::toString).orElse(""),
                out);
        row = field(sheet, row, PROFILE, profileId, out);
        out.choices(sheet, 1, row, row, List.of(AmountUnit.YUAN.label(), AmountUnit.WAN_YUAN.label()));
        row = field(sheet, row, AMOUNT_UNIT, out.unit().label(), out);
        for (String duty : repeated(info.duties(), template)) {
            row = field(sheet, row, DUTY, duty, out);
        }
        row = field(sheet, row, ORGANIZATION, info.organization(), out);
        for (String subordinate : repeated(info.subordinates(), template)) {
            row = field(sheet, row, SUBORDINATE, subordinate, out);
        }
        out.widths(sheet, 16, 60, 44);
        sheet.createFreezePane(0, 1);
    }

    private static List<String> repeated(List<String> items, boolean template) {
        if (template) {
            return List.of("", "", "");
        }
        return items.isEmpty() ? List.of("") : items;
    }

    private static int field(Sheet sheet, int row, String label, String value, CellWriter out) {
        out.text(sheet, row, 0, label, CellWriter.Style.LABEL);
        out.text(sheet, row, 1, value, CellWriter.Style.INPUT_TEXT);
        out.text(sheet, row, 2, HINTS.get(label), CellWriter.Style.NOTE);
        return row + 1;
    }

    /** A value and the row it is on. */
    private record Entry(String value, int row) {}

    static Values read(SheetReader sheet, Issues issues, WorkbookImporter.Strictness strictness) {
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        for (int row = 1; row <= sheet.lastRow(); row++) {
            String label = sheet.text(row, 0);
            String value = sheet.text(row, 1);
            if (label.isEmpty()) {
                if (!value.isEmpty()) {
                    issues.error(sheet.ref(row, 0), "WORKBOOK_MISSING_LABEL", "“" + value + "”缺少项目名称（A 列）");
                }
                continue;
            }
            if (!SINGLE.contains(label) && !label.equals(DUTY) && !label.equals(SUBORDINATE)) {
                String message = "无法识别的项目“" + label + "”";
                if (strictness == WorkbookImporter.Strictness.STRICT) {
                    issues.error(sheet.ref(row, 0), "WORKBOOK_UNKNOWN_FIELD", message);
                } else {
                    issues.warning(sheet.ref(row, 0), "WORKBOOK_UNKNOWN_FIELD", message + "（已忽略）");
                }
                continue;
            }
            List<Entry> list = entries.computeIfAbsent(label, k -> new ArrayList<>());
            if (SINGLE.contains(label) && !list.isEmpty()) {
                issues.error(
                        sheet.ref(row, 0),
                        "WORKBOOK_DUPLICATE_FIELD",
                        "“" + label + "”重复（首次出现于 "
                                + sheet.ref(list.get(0).row(), 0).display() + "）");
                continue;
            }
            list.add(new Entry(value, row));
        }
        Fields fields = new Fields(sheet, issues, entries);
        Optional<String> name = fields.required(NAME);
        Optional<String> region = fields.required(REGION);
        Optional<GovernmentLevel> level = fields.required(LEVEL)
                .flatMap(text ->
                        fields.parsed(LEVEL, GovernmentLevel.parse(text), "预算级次应为 中央、省、市、区 或 县，实为“" + text + "”"));
        Optional<Scope> scope = fields.required(SCOPE)
                .flatMap(text -> fields.parsed(SCOPE, Scope.parse(text), "决算范围应为“本级”或“汇总”，实为“" + text + "”"));
        Optional<Integer> year = fields.required(YEAR)
                .flatMap(text -> fields.parsed(
                        YEAR,
                        text.matches("\\d{4}") && Integer.parseInt(text) >= 2000 && Integer.parseInt(text) <= 2100
                                ? Optional.of(Integer.parseInt(text))
                                : Optional.empty(),
                        "年度应为 2000 至 2100 之间的四位数字，实为“" + text + "”"));
        Optional<String> profile = fields.required(PROFILE);
        Optional<AmountUnit> unit = fields.required(AMOUNT_UNIT)
                .flatMap(text ->
                        fields.parsed(AMOUNT_UNIT, AmountUnit.ofLabel(text), "金额单位应为“元”或“万元”，实为“" + text + "”"));
        @Nullable
        LocalDate publishedOn = fields.row(PUBLISHED_ON) < 0
                ? null
                : sheet.date(fields.row(PUBLISHED_ON), 1, PUBLISHED_ON).orElse(null);
        @Nullable UnitInfo info = null;
        if (name.isPresent() && region.isPresent() && level.isPresent() && scope.isPresent() && year.isPresent()) {
            String shortName = fields.optional(SHORT_NAME);
            info = new UnitInfo(
                    name.get(),
                    shortName.isEmpty() ? name.get() : shortName,
                    region.get(),
                    level.get(),
                    fields.optional(KIND),
                    scope.get(),
                    year.get(),
                    publishedOn,
                    fields.all(DUTY),
                    fields.optional(ORGANIZATION),
                    fields.all(SUBORDINATE));
        }
        return new Values(
                info,
                profile.orElse(null),
                unit.orElse(null),
                year.orElse(null),
                sheet.ref(Math.max(0, fields.row(PROFILE)), fields.row(PROFILE) < 0 ? 0 : 1),
                sheet.ref(Math.max(0, fields.row(YEAR)), fields.row(YEAR) < 0 ? 0 : 1));
    }

    /** Lookups over the entries read. */
    private static final class Fields {
        private final SheetReader sheet;
        private final Issues issues;
        private final Map<String, List<Entry>> entries;

        Fields(SheetReader sheet, Issues issues, Map<String, List<Entry>> entries) {
            this.sheet = sheet;
            this.issues = issues;
            this.entries = entries;
        }

        int row(String label) {
            List<Entry> list = entries.get(label);
            return list == null ? -1 : list.get(0).row();
        }

        Optional<String> required(String label) {
            List<Entry> list = entries.get(label);
            if (list == null) {
                issues.error(sheet.ref(0, 0), "WORKBOOK_MISSING_FIELD", "单位信息缺少“" + label + "”一行");
                return Optional.empty();
            }
            if (list.get(0).value().isEmpty()) {
                issues.error(sheet.ref(list.get(0).row(), 1), "WORKBOOK_MISSING_FIELD", "“" + label + "”不能为空");
                return Optional.empty();
            }
            return Optional.of(list.get(0).value());
        }

        <T> Optional<T> parsed(String label, Optional<T> value, String message) {
            if (value.isEmpty()) {
                issues.error(sheet.ref(row(label), 1), "WORKBOOK_BAD_FIELD", message);
            }
            return value;
        }

        String optional(String label) {
            List<Entry> list = entries.get(label);
            return list == null ? "" : list.get(0).value();
        }

        List<String> all(String label) {
            List<String> values = new ArrayList<>();
            for (Entry entry : entries.getOrDefault(label, List.of())) {
                if (!entry.value().isEmpty()) {
                    values.add(entry.value());
                }
            }
            return values;
        }
    }
}
