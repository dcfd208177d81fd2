package org.juesuan.core.table;

import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.*;
import org.juesuan.core.issue.*;
import org.juesuan.core.layout.*;
import org.juesuan.core.profile.*;
import org.juesuan.core.source.*;
import org.junit.jupiter.api.Test;

class SmokeDebugTest {
    @Test
    void print() {
        Catalogs catalogs = Catalogs.bundled();
        String yaml = """
            format: juesuan-dataset/1
            profile: hubei-2024
            amountUnit: 元
            unit: {name: 测试局, region: 湖北省武汉市青山区, level: 区, scope: 汇总, fiscalYear: 2024}
            lines:
              - {code: 2010301, income: {generalBudget: 2078712.34}, spending: {generalBudget: {basic: 2078712.34}}}
              - {code: 2010302, income: {generalBudget: 568149.50}, spending: {generalBudget: {project: 568149.50}}}
              - {code: 2101101, income: {generalBudget: 949.45}, spending: {generalBudget: {project: 949.45}}}
            basicByEconomic: {30101: 1000000.11, 30102: 1000000.11, 30201: 78712.12}
            """;
        Issues issues = Issues.create();
        Node node = TreeReader.read(yaml, "t.yaml", TreeReader.Format.YAML).value().orElseThrow();
        Result<Dataset> r = new DatasetReader(catalogs).read(node, SourceRef.file("t.yaml"), issues);
        System.out.println(r.issues());
        Dataset d = DisplayRounding.round(r.value().orElseThrow());
        Profile p = Profiles.bundled(catalogs).require("hubei-2024");
        TableSet set = Deriver.derive(p, d);
        for (PrintedTable t : TableLayout.layout(set)) {
            System.out.println("== " + t.number() + " " + t.title() + " | " + t.unitLine() + " | " + t.amountUnitLine());
            for (var row : t.grid()) {
                StringBuilder b = new StringBuilder();
                for (var c : row) b.append(c.isCovered() ? "~" : c.text()).append(c.rowSpan()>1||c.colSpan()>1 ? "["+c.rowSpan()+"x"+c.colSpan()+"]" : "").append(" | ");
                System.out.println(b);
            }
            t.emptyStatement().ifPresent(s -> System.out.println("STATEMENT: " + s));
        }
    }
}
