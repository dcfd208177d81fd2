package org.juesuan.portal.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.store.AuditEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log page (操作日志), for administrators: newest first, filtered by actor, action and object, 50 entries
 * a page.
 */
@Controller
class AuditController {

    /** Entries per page. */
    static final int PAGE_SIZE = 50;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditSearch search;
    private final ZoneId zone;

    AuditController(AuditSearch search, @Value("${juesuan.zone:Asia/Shanghai}") String zone) {
        this.search = Objects.requireNonNull(search, "search");
        this.zone = ZoneId.of(zone);
    }

    /**
     * An entry as the page shows it.
     *
     * @param at when, in the site's zone
     * @param actor who
     * @param action what
     * @param object the kind of object and its id
     * @param details the details
     */
    record Row(String at, String actor, String action, String object, String details) {}

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(name = "actor", required = false) @Nullable String actor,
            @RequestParam(name = "action", required = false) @Nullable String action,
            @RequestParam(name = "object", required = false) @Nullable String object,
            @RequestParam(name = "objectId", required = false) @Nullable Long objectId,
            @RequestParam(name = "page", defaultValue = "1") int page,
            Model model) {
        int current = Math.max(1, page);
        AuditSearch.Page found = search.search(
                new AuditSearch.Filter(actor, action, object, objectId), (long) (current - 1) * PAGE_SIZE, PAGE_SIZE);
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Row> rows = found.entries().stream().map(this::row).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", found.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("object", object == null ? "" : object);
        model.addAttribute("objectId", objectId);
        model.addAttribute("actions", search.actions());
        model.addAttribute("objectTypes", search.objectTypes());
        model.addAttribute("previous", current > 1 ? link(actor, action, object, objectId, current - 1) : null);
        model.addAttribute("next", current < pages ? link(actor, action, object, objectId, current + 1) : null);
        return "admin-audit";
    }

    private Row row(AuditEntry entry) {
        return new Row(
                TIME.format(entry.at().atZoneSameInstant(zone)),
                entry.actor(),
                entry.action(),
                entry.objectType() + (entry.objectId() == null ? "" : " #" + entry.objectId()),
                entry.details());
    }

    private static String link(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String object,
            @Nullable Long objectId,
            int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
        if (actor != null && !actor.isBlank()) {
            uri.queryParam("actor", actor);
        }
        if (action != null && !action.isBlank()) {
            uri.queryParam("action", action);
        }
        if (object != null && !object.isBlank()) {
            uri.queryParam("object", object);
        }
        if (objectId != null) {
            uri.queryParam("objectId", objectId);
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
