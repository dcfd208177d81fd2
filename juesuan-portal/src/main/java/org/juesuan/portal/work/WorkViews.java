package org.juesuan.portal.work;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
