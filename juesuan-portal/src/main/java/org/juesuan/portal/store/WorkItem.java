package org.juesuan.portal.store;

import java.util.Objects;

/**
 * A version as the workspace lists it (工作台条目): with its document and the unit that owns it.
 *
 * @param document the document
 * @param unitId the id of the unit that owns the document
 * @param version the version, in any state
 */
public record WorkItem(DocumentInfo document, long unitId, VersionRecord version) {

    /** Creates an item. */
    public WorkItem {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(version, "version");
    }
}
