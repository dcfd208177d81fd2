package org.juesuan.portal.store;

/** Where a version stands in review (版本状态); a {@link #PUBLISHED} version never changes again. */
public enum VersionState {
    /** 草稿: being prepared by its unit. */
    DRAFT("草稿"),
    /** 已报送: waiting for review. */
    SUBMITTED("已报送"),
    /** 已退回: returned by the reviewer with comments. */
    RETURNED("已退回"),
    /** 已审核: approved, not yet published. */
    APPROVED("已审核"),
    /** 已公开: published, immutable. */
    PUBLISHED("已公开");

    private final String label;

    VersionState(String label) {
        this.label = label;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }
}
