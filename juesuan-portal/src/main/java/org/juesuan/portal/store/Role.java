package org.juesuan.portal.store;

/** What a user of the portal may do (角色). */
public enum Role {
    /** 部门填报人员: prepares the drafts of one unit. */
    EDITOR("部门填报人员"),
    /** 财政审核人员: reviews what the units of one region submit. */
    REVIEWER("财政审核人员"),
    /** 管理员: manages units and users. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Returns the Chinese name. */
    public String label() {
        return label;
    }
}
