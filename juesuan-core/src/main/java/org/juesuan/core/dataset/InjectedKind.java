package org.juesuan.core.dataset;

import java.util.List;

/**
 * A known kind of injected error (注入错误类型): what it is and the rules that must report it, whether it is put into
 * one unit's dataset ({@link InjectedError}) or into the transfers between the units of a department.
 *
 * <p>Implementations are enums: immutable and thread-safe.
 */
public interface InjectedKind {

    /** Returns the key used in manifests. */
    String key();

    /** Returns what the error is, in Chinese. */
    String description();

    /** Returns the ids of the rules that report the error: on valid data, exactly these find an ERROR. */
    List<String> ruleIds();
}
