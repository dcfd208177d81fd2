package org.juesuan.app.prepare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.Auditor;
import org.juesuan.audit.check.Requirements;
import org.juesuan.audit.claims.ClaimExtractor;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.issue.Result;
import org.juesuan.core.narrative.NarrativeDefinition;
import org.juesuan.core.narrative.NarrativeLoader;
import org.juesuan.core.performance.ScoringLoader;
import org.juesuan.core.performance.ScoringRules;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.rule.RuleSet;
import org.juesuan.core.source.DataDirectory;

/**
 * The definitions a run needs (口径与科目表): catalogs and profiles, bundled plus any user directories, loaded once
 * and shared.
 *
 * <p>Thread-safe: loaded profiles are cached in a concurrent map.
 */
public final class Definitions implements Auditor.Definitions {

    private final Catalogs catalogs;
    private final Profiles profiles;
    private final List<DataDirectory> ruleRoots;
    private final Map<String, Result<Profile>> loaded = new ConcurrentHashMap<>();
    private final Map<String, RuleSet> rules = new ConcurrentHashMap<>();
    private final Map<String, RuleSet> consolidationRules = new ConcurrentHashMap<>();
    private final Map<String, ScoringRules> scoring = new ConcurrentHashMap<>();
    private final Map<String, NarrativeDefinition> narratives = new ConcurrentHashMap<>();
    private final Map<String, Requirements> requirements = new ConcurrentHashMap<>();
    private final Map<String, ClaimExtractor> claims = new ConcurrentHashMap<>();

    private Definitions(Catalogs catalogs, Profiles profiles, List<DataDirectory> ruleRoots) {
        this.catalogs = catalogs;
        this.profiles = profiles;
        this.ruleRoots = List.copyOf(ruleRoots);
    }

    /**
     * Loads the bundled definitions, extended by user directories.
     *
     * @param catalogDirectory a directory laid out like the bundled catalogs ({@code <year>/function/*.txt}), or null
     * @param profileDirectory a directory of extra profiles ({@code <id>/profile.yaml}), or null
     * @throws org.juesuan.core.issue.DefinitionException if a catalog file is broken
     */
    public static Definitions load(@Nullable Path catalogDirectory, @Nullable Path profileDirectory) {
        return load(catalogDirectory, profileDirectory, null);
    }

    /**
     * Loads the bundled definitions, extended by user directories.
     *
     * @param catalogDirectory a directory laid out like the bundled catalogs, or null
     * @param profileDirectory a directory of extra profiles, or null
     * @param ruleDirectory a directory of extra or replacement rule sets ({@code <set>/*.yaml}), or null
     * @throws org.juesuan.core.issue.DefinitionException if a catalog file is broken
     */
    public static Definitions load(
            @Nullable Path catalogDirectory, @Nullable Path profileDirectory, @Nullable Path ruleDirectory) {
        List<DataDirectory> catalogRoots = new ArrayList<>();
        catalogRoots.add(DataDirectory.classpath(Catalogs.BUNDLED_ROOT));
        if (catalogDirectory != null) {
            catalogRoots.add(DataDirectory.of(catalogDirectory));
        }
        Catalogs catalogs = Catalogs.load(catalogRoots);
        List<DataDirectory> profileRoots = new ArrayList<>();
        profileRoots.add(DataDirectory.classpath(Profiles.BUNDLED_ROOT));
        if (profileDirectory != null) {
            profileRoots.add(DataDirectory.of(profileDirectory));
        }
        List<DataDirectory> ruleRoots = new ArrayList<>();
        if (ruleDirectory != null) {
            ruleRoots.add(DataDirectory.of(ruleDirectory));
        }
        return new Definitions(catalogs, new Profiles(profileRoots, catalogs), ruleRoots);
    }

    /** Returns the bundled definitions only. */
    public static Definitions bundled() {
        return load(null, null);
    }

    /** Returns the catalogs. */
    public Catalogs catalogs() {
        return catalogs;
    }

    /** Returns the ids of every profile. */
    public List<String> profileIds() {
        return profiles.ids();
    }

    /**
     * Returns the compiled rules of a profile, loading them once.
     *
     * @throws org.juesuan.core.issue.DefinitionException if a rule file is broken
     */
    @Override
    public RuleSet rules(Profile profile) {
        return rules.computeIfAbsent(profile.id(), id -> RuleSet.load(profile, ruleRoots));
    }

    /**
     * Returns the compiled rules of a department's consolidation under a profile (its own rule sets and those of
     * its {@code consolidation}, reading the working paper too), loading them once.
     *
     * @throws org.juesuan.core.issue.DefinitionException if a rule file is broken
     */
    public RuleSet consolidationRules(Profile profile) {
        return consolidationRules.computeIfAbsent(profile.id(), id -> RuleSet.loadForConsolidation(profile, ruleRoots));
    }

    /**
     * Returns the scoring rules of a profile's self-evaluation forms ({@code scoring.yaml}), loading them once.
     *
     * @throws DefinitionException if the profile's scoring rules are missing or broken
     */
    @Override
    public ScoringRules scoring(Profile profile) {
        return scoring.computeIfAbsent(profile.id(), id -> ScoringLoader.load(profile)
                .orElseThrow(issues -> new DefinitionException("地区口径“" + id + "”的绩效自评计分规则有误", issues)));
    }

    /**
     * Returns a profile's narrative phrasing ({@code narrative.yaml}), loading it once.
     *
     * @throws DefinitionException if it is missing or broken
     */
    @Override
    public NarrativeDefinition narrative(Profile profile) {
        return narratives.computeIfAbsent(profile.id(), id -> NarrativeLoader.load(profile)
                .orElseThrow(issues -> new DefinitionException("地区口径“" + id + "”的情况说明措辞文件有误", issues)));
    }

    /**
     * Returns what a published disclosure of a profile must contain ({@code audit.yaml}), loading it once.
     *
     * @throws DefinitionException if it is missing or broken
     */
    @Override
    public Requirements requirements(Profile profile) {
        return requirements.computeIfAbsent(profile.id(), id -> Requirements.load(profile)
                .orElseThrow(issues -> new DefinitionException("地区口径“" + id + "”的公开完整性要求文件有误", issues)));
    }

    /**
     * Returns the reader of a profile's narrative claims ({@code claims.yaml}), compiled once.
     *
     * @throws DefinitionException if it is missing or broken
     */
    @Override
    public ClaimExtractor claims(Profile profile) {
        return claims.computeIfAbsent(profile.id(), id -> ClaimExtractor.of(profile));
    }

    /** Loads (once) and returns a profile with the problems found in it. */
    public Result<Profile> profile(String id) {
        return loaded.computeIfAbsent(id, profiles::load);
    }
}
