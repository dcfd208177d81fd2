package org.juesuan.core.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.SourceRef;

/** Test support: the bundled rules and forms built from a few indicators. */
final class ScoringFixture {

    static final Catalogs CATALOGS = Catalogs.bundled();
    static final Profiles PROFILES = Profiles.bundled(CATALOGS);

    private ScoringFixture() {}

    static ScoringRules rules(String profile) {
        return ScoringLoader.load(PROFILES.require(profile)).value().orElseThrow();
    }

    static Evaluation.Indicator indicator(
            String target,
            String actual,
            @Nullable String weight,
            @Nullable String score,
            @Nullable String achievement) {
        return new Evaluation.Indicator(
                "产出指标",
                "数量指标",
                "测试指标",
                target,
                actual,
                weight == null ? null : new BigDecimal(weight),
                score == null ? null : new BigDecimal(score),
                achievement,
                SourceRef.text("case.yaml", 7, 9));
    }

    static Evaluation form(String planned, String executed, Evaluation.Indicator... indicators) {
        return new Evaluation(
                "测试项目",
                Map.of(),
                new Figure(Amount.parse(planned), SourceRef.text("case.yaml", 3, 12)),
                new Figure(Amount.parse(executed), SourceRef.text("case.yaml", 4, 13)),
                List.of(new Evaluation.Goal(
                        "年度绩效目标1", "", null, List.of(indicators), SourceRef.text("case.yaml", 5, 5))),
                null,
                null,
                null,
                Map.of(),
                SourceRef.text("case.yaml", 1, 1));
    }
}
