package org.juesuan.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.money.Ratio;
import org.juesuan.core.profile.NarrativeSettings;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The change that needs a stated reason (R-1…R-6) is the profile's setting, not a constant of the rules: the same
 * unit passes or fails depending on {@code narrative.changeThreshold}.
 */
class ChangeThresholdTest {

    private static final Profile HUBEI = Profiles.bundled(RuleCases.CATALOGS).require("hubei-2024");

    /** The example with a prior-year total of 300.00 and no reason: (265.18 − 300.00) ÷ 300.00 = −11.6%. */
    private static Dataset unexplainedChange() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("prior.total", 300.00);
        facts.put("reasons.total", null);
        return RuleCases.dataset(RuleCases.patch(RuleCases.base("example"), Map.of("facts", facts)), "hubei-2024");
    }

    private static String outcome(Profile profile, Dataset dataset, String ruleId) {
        CompiledRule rule = RuleSet.load(profile, List.of()).rule(ruleId).orElseThrow();
        List<Finding> findings = new ArrayList<>();
        RuleEngine.Outcome outcome = RuleEngine.evaluate(rule, RuleCases.view(dataset, profile), findings);
        return findings.isEmpty() ? outcome.name() : findings.get(0).severity().name();
    }

    private static Profile withThreshold(String percent) {
        Profile p = HUBEI;
        return new Profile(
                p.id(),
                p.name(),
                p.fiscalYear(),
                p.functions(),
                p.economics(),
                p.classLines(),
                p.presentation(),
                p.tables(),
                p.ruleSets(),
                p.tolerance(),
                p.source(),
                p.files(),
                new NarrativeSettings(Ratio.ofPercent(new BigDecimal(percent))));
    }

    @Test
    void theBundledProfilesAskForAReasonFromATenPercentChange() {
        assertThat(HUBEI.narrative().changeThreshold()).isEqualTo(Ratio.ofPercent(BigDecimal.TEN));
    }

    @ParameterizedTest(name = "threshold {0}% → {1}")
    @CsvSource({"10, WARNING", "11.6, WARNING", "12, PASSED", "15, PASSED"})
    void aChangeOfElevenPointSixPercentNeedsAReasonOnlyBelowTheProfilesThreshold(String percent, String expected) {
        assertThat(outcome(withThreshold(percent), unexplainedChange(), "R-1")).isEqualTo(expected);
    }

    @Test
    void theWarningNamesTheProfilesThreshold() {
        CompiledRule rule =
                RuleSet.load(withThreshold("5"), List.of()).rule("R-1").orElseThrow();
        List<Finding> findings = new ArrayList<>();
        RuleEngine.evaluate(rule, RuleCases.view(unexplainedChange(), withThreshold("5")), findings);
        assertThat(findings)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("达到上年的 5% 或上年为零");
    }
}
