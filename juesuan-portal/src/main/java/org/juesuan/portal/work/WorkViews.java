package org.juesuan.portal.work;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.juesuan.portal.store.AuditEntry;
import org.juesuan.portal.store.WorkItem;

/** What the workspace shows of a version (工作台显示): plain strings, escaped by the templates. */
final class WorkViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WorkViews() {}

    /**
     * A version as a row of the workspace.
     *
     * @param versionId the version's id
     * @param title the document's title
     * @param regionName the region's name
     * @param number the version number
     * @param state the state, in Chinese
     * @param validation the validation summary
     * @param createdBy who created the version
     * @param createdAt when, in the site's zone
     */
    record Row(
            long versionId,
            String title,
            String regionName,
            int number,
            String state,
            String validation,
            String createdBy,
            String createdAt) {}

    /**
     * An entry of a version's review history.
     *
     * @param at when, in the site's zone
     * @param actor who
     * @param action what, e.g. 退回
     * @param details the details, with the comment
     */
    record History(String at, String actor, String action, String details) {}

    static History history(AuditEntry entry, ZoneId zone) {
        return new History(time(entry.at(), zone), entry.actor(), entry.action(), entry.details());
    }

    static String time(OffsetDateTime at, ZoneId zone) {
        return TIME.format(at.atZoneSameInstant(zone));
    }

    static Row row(WorkItem item, ZoneId zone) {
        return new Row(
                item.version().id(),
                item.document().title(),
                item.document().regionName(),
                item.version().number(),
                item.version().state().label(),
                item.version().validation().summary(),
                item.version().createdBy(),
                TIME.format(item.version().createdAt().atZoneSameInstant(zone)));
    }
}
