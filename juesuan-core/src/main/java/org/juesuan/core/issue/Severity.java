package org.juesuan.core.issue;

/** How serious a problem is (严重程度): an error blocks publication, a warning asks for a look, info is a remark. */
public enum Severity {
    /** 错误: the data or document is wrong. */
    ERROR("错误"),
    /** 警告: probably wrong; legitimate exceptions exist. */
    WARNING("警告"),
    /** 提示: a remark, such as a rounding difference. */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }
}
