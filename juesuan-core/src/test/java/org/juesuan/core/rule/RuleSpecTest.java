package org.juesuan.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the test cases kept beside each rule file ({@code <set>/<file>.tests.yaml}) under every profile that uses
 * the rule set, and checks that every shipped rule has at least one passing and one failing case.
 */
class RuleSpecTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final DataDirectory RULES = DataDirectory.classpath(RuleSet.BUNDLED_ROOT);
    private static final Profiles PROFILES = Profiles.bundled(RuleCases.CATALOGS);
    private static final Map<String, Profile> LOADED = new HashMap<>();
    private static final Map<String, RuleSet> RULE_SETS = new HashMap<>();

    private static Profile profile(String id) {
        return LOADED.computeIfAbsent(id, PROFILES::require);
    }

    private static RuleSet rules(String profile) {
        return RULE_SETS.computeIfAbsent(profile, id -> RuleSet.load(profile(id), List.of()));
    }

    /** A case as read from a tests file. */
    record Case(String set, String file, Map<String, Object> body) {
        String rule() {
            return String.valueOf(body.get("rule"));
        }

        String expect() {
            return String.valueOf(body.get("expect"));
        }

        @Override
        public String toString() {
            return rule() + " · " + body.get("name");
        }
    }

    @SuppressWarnings("unchecked")
    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String set : RULES.list("")) {
            for (String file : RULES.list(set)) {
                if (file.endsWith(".tests.yaml")) {
                    Map<String, Object> doc =
                            YAML.readValue(RULES.read(set + "/" + file).orElseThrow(), LinkedHashMap.class);
                    for (Object item : (List<Object>) doc.get("cases")) {
                        cases.add(new Case(set, file, (Map<String, Object>) item));
                    }
                }
            }
        }
        return cases;
    }

    static Stream<Arguments> runs() throws IOException {
        List<Arguments> runs = new ArrayList<>();
        for (Case testCase : cases()) {
            for (String profile : profilesOf(testCase)) {
                runs.add(Arguments.of(testCase, profile));
            }
        }
        return runs.stream();
    }

    @SuppressWarnings("unchecked")
    private static List<String> profilesOf(Case testCase) {
        if (testCase.body().containsKey("profiles")) {
            return (List<String>) testCase.body().get("profiles");
        }
        List<String> profiles = new ArrayList<>();
        for (String id : PROFILES.ids()) {
            if (profile(id).ruleSets().contains(testCase.set())) {
                profiles.add(id);
            }
        }
        return profiles;
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("runs")
    @SuppressWarnings("unchecked")
    void caseHasItsExpectedOutcome(Case testCase, String profileId) {
        Profile profile = profile(profileId);
        CompiledRule rule = rules(profileId)
                .rule(testCase.rule())
                .orElseThrow(() -> new AssertionError("no rule " + testCase.rule() + " under " + profileId));
        String base = String.valueOf(testCase.body().getOrDefault("base", "example"));
        UnitView unit = RuleCases.view(
                RuleCases.dataset(RuleCases.patch(RuleCases.base(base), testCase.body()), profileId), profile);
        List<Finding> findings = new ArrayList<>();
        RuleEngine.Outcome outcome = RuleEngine.evaluate(rule, unit, findings);
        String actual = findings.stream()
                .map(Finding::severity)
                .min(Enum::compareTo)
                .map(Severity::name)
                .orElse(outcome == RuleEngine.Outcome.PASSED ? "PASSED" : outcome.name());
        assertThat(actual).as("%s, findings %s", testCase, findings).isEqualTo(testCase.expect());
        if (testCase.body().containsKey("at")) {
            assertThat(findings)
                    .as(testCase.toString())
                    .extracting(f -> f.table() + "/" + f.row() + "/" + f.column())
                    .contains(String.valueOf(testCase.body().get("at")));
        }
    }

    @Test
    void everyShippedRuleHasAPassingAndAFailingCase() throws IOException {
        Map<String, Set<String>> expectations = new HashMap<>();
        for (Case testCase : cases()) {
            expectations.computeIfAbsent(testCase.rule(), r -> new HashSet<>()).add(testCase.expect());
        }
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String profile : PROFILES.ids()) {
            for (CompiledRule rule : rules(profile).rules()) {
                ids.add(rule.id());
                Set<String> expected = expectations.getOrDefault(rule.id(), Set.of());
                boolean passes = expected.contains("PASSED");
                boolean fails = expected.contains("ERROR") || expected.contains("WARNING") || expected.contains("INFO");
                if (!passes || !fails) {
                    missing.add(rule.id() + (passes ? "" : " 无通过用例") + (fails ? "" : " 无失败用例"));
                }
            }
        }
        assertThat(missing).as("rules without a passing and a failing case").isEmpty();
        assertThat(expectations.keySet()).as("cases naming no shipped rule").isSubsetOf(ids);
    }

    @Test
    void theShippedProfilesCarryAtLeastOneHundredAndTwentyRules() {
        Set<String> ids = new HashSet<>();
        int evaluatedPerProfile = 0;
        for (String profile : PROFILES.ids()) {
            rules(profile).rules().forEach(rule -> ids.add(rule.id()));
            evaluatedPerProfile += rules(profile).rules().size();
        }
        assertThat(ids.size()).as("distinct rules").isGreaterThanOrEqualTo(120);
        assertThat(evaluatedPerProfile).isGreaterThanOrEqualTo(ids.size());
    }
}
