package org.juesuan.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.juesuan.audit.check.Requirements;
import org.juesuan.audit.claims.ClaimExtractor;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.narrative.NarrativeDefinition;
import org.juesuan.core.narrative.NarrativeLoader;
import org.juesuan.core.performance.ScoringLoader;
import org.juesuan.core.performance.ScoringRules;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.rule.RuleSet;

/** Test support: an auditor over the bundled profiles, with definitions loaded once per profile. */
final class AuditFixture implements Auditor.Definitions {

    static final Catalogs CATALOGS = Catalogs.bundled();
    static final Profiles PROFILES = Profiles.bundled(CATALOGS);
    static final List<Profile> BUNDLED = List.of(PROFILES.require("hubei-2024"), PROFILES.require("shanghai-2024"));

    private final Map<String, RuleSet> rules = new ConcurrentHashMap<>();
    private final Map<String, ScoringRules> scoring = new ConcurrentHashMap<>();
    private final Map<String, NarrativeDefinition> narrative = new ConcurrentHashMap<>();
    private final Map<String, Requirements> requirements = new ConcurrentHashMap<>();

    private final Map<String, ClaimExtractor> claims = new ConcurrentHashMap<>();

    static Auditor auditor() {
        return new Auditor(BUNDLED, new AuditFixture());
    }

    @Override
    public ClaimExtractor claims(Profile profile) {
        return claims.computeIfAbsent(profile.id(), id -> ClaimExtractor.of(profile));
    }

    @Override
    public RuleSet rules(Profile profile) {
        return rules.computeIfAbsent(profile.id(), id -> RuleSet.load(profile, List.of()));
    }

    @Override
    public ScoringRules scoring(Profile profile) {
        return scoring.computeIfAbsent(
                profile.id(), id -> ScoringLoader.load(profile).value().orElseThrow());
    }

    @Override
    public NarrativeDefinition narrative(Profile profile) {
        return narrative.computeIfAbsent(
                profile.id(), id -> NarrativeLoader.load(profile).value().orElseThrow());
    }

    @Override
    public Requirements requirements(Profile profile) {
        return requirements.computeIfAbsent(
                profile.id(), id -> Requirements.load(profile).value().orElseThrow());
    }
}
