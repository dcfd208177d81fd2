package org.juesuan.portal.site;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.portal.publication.VersionCache;
import org.juesuan.portal.store.DocumentInfo;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.FileFormat;
import org.juesuan.portal.store.PublishedListing;
import org.juesuan.portal.store.VersionRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages (公开网页): the list of published disclosures, by year, region and department, and the page of one
 * disclosure with its versions and downloads. Only published versions are shown; anything else is 404.
 */
@Controller
final class SiteController {

    private static final Logger LOG = LoggerFactory.getLogger(SiteController.class);

    private final DocumentRepository documents;
    private final PublishedDocuments published;
    private final Definitions definitions;
    private final ZoneId zone;
    // published pages never change: a small cache by version saves parsing the same page again
    private final VersionCache<DisclosurePage> pages = new VersionCache<>(32);

    SiteController(
            DocumentRepository documents,
            PublishedDocuments published,
            Definitions definitions,
            @Value("${juesuan.zone:Asia/Shanghai}") String zone) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.published = Objects.requireNonNull(published, "published");
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/")
    String home(
            @RequestParam(name = "year", required = false) @Nullable Integer year,
            @RequestParam(name = "region", required = false) @Nullable Long region,
            Model model) {
        List<PublishedListing> all = documents.published();
        TreeSet<Integer> years = new TreeSet<>(Collections.reverseOrder());
        Map<Long, String> regions = new TreeMap<>();
        for (PublishedListing listing : all) {
            years.add(listing.document().fiscalYear());
            regions.put(listing.document().regionId(), listing.document().regionName());
        }
        Map<Integer, Map<Long, List<SiteViews.ListingRow>>> grouped = new LinkedHashMap<>();
        Map<Long, String> regionNames = new LinkedHashMap<>();
        for (PublishedListing listing : all) {
            DocumentInfo document = listing.document();
            if ((year != null && document.fiscalYear() != year) || (region != null && document.regionId() != region)) {
                continue;
            }
            regionNames.put(document.regionId(), document.regionName());
            grouped.computeIfAbsent(document.fiscalYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(document.regionId(), r -> new ArrayList<>())
                    .add(SiteViews.row(listing, zone));
        }
        List<SiteViews.YearGroup> groups = new ArrayList<>();
        grouped.forEach((y, byRegion) -> {
            List<SiteViews.RegionGroup> regionGroups = new ArrayList<>();
            byRegion.forEach((id, rows) -> regionGroups.add(new SiteViews.RegionGroup(id, regionNames.get(id), rows)));
            groups.add(new SiteViews.YearGroup(y, regionGroups));
        });
        model.addAttribute("groups", groups);
        model.addAttribute("years", List.copyOf(years));
        model.addAttribute("regions", regions);
        model.addAttribute("year", year);
        model.addAttribute("region", region);
        model.addAttribute("total", all.size());
        return "index";
    }

    @GetMapping("/disclosures/{id}")
    String latest(@PathVariable("id") long id, Model model) {
        List<VersionRecord> versions = documents.publishedVersions(id);
        if (versions.isEmpty()) {
            throw notFound();
        }
        return page(id, versions.get(0), versions, model);
    }

    @GetMapping("/disclosures/{id}/versions/{number}")
    String version(@PathVariable("id") long id, @PathVariable("number") int number, Model model) {
        VersionRecord version = documents.publishedVersion(id, number).orElseThrow(SiteController::notFound);
        return page(id, version, documents.publishedVersions(id), model);
    }

    private String page(long id, VersionRecord version, List<VersionRecord> versions, Model model) {
        DocumentInfo document = documents.find(id).orElseThrow(SiteController::notFound);
        DisclosurePage page = pages.get(
                version.id(),
                key -> withCharts(
                        key,
                        DisclosurePage.of(documents
                                .content(key, FileFormat.HTML)
                                .orElseThrow(
                                        () -> new IllegalStateException("version " + key + " has no HTML file")))));
        model.addAttribute("document", document);
        model.addAttribute("version", version);
        model.addAttribute("latest", versions.get(0).number() == version.number());
        model.addAttribute(
                "publishedAt", version.publishedAt() == null ? "" : SiteViews.format(version.publishedAt(), zone));
        model.addAttribute(
                "versions",
                versions.stream()
                        .map(v -> SiteViews.row(v, version.number(), zone))
                        .toList());
        model.addAttribute(
                "files",
                documents.files(version.id()).stream()
                        .map(file -> SiteViews.row(file, id, version.number()))
                        .toList());
        model.addAttribute("data", data(id, version.number(), document.profile()));
        model.addAttribute("disclosure", page);
        model.addAttribute("unitId", published.unitOf(id).orElse(null));
        return "document";
    }

    /** Returns the page with its interactive charts, or as published if its document cannot be composed again. */
    private DisclosurePage withCharts(long versionId, DisclosurePage page) {
        try {
            return page.withCharts(published.content(versionId).charts());
        } catch (RuntimeException failure) {
            // the static charts of the published page remain; the page itself must not fail
            LOG.warn("第 {} 号版本的图表无法生成交互版本，显示静态图表", versionId, failure);
            return page;
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份已公开的决算");
    }
    /**
     * Returns the version's data downloads: each public table of its profile as CSV, and the whole as a Fiscal Data
     * Package, both from the open data interface.
     */
    private List<SiteViews.DataLink> data(long id, int number, String profileId) {
        String base = "/api/documents/" + id + "/versions/" + number;
        List<SiteViews.DataLink> links = new ArrayList<>();
        definitions.profile(profileId).value().ifPresent(profile -> {
            for (TableDefinition table : profile.tables()) {
                links.add(new SiteViews.DataLink(
                        table.number() + " " + table.title(), base + "/tables/" + table.id() + ".csv", "CSV"));
            }
        });
        links.add(new SiteViews.DataLink("财政数据包（datapackage.json 与各表 CSV）", base + "/datapackage.zip", "ZIP"));
        return links;
    }
}
