package org.juesuan.core.issue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A collection of {@link Issue}s, sorted by location and capped so that a broken input cannot flood the output.
 *
 * <p>Issues are added with {@link #error}, {@link #warning}, {@link #info} or {@link #add}; past the cap they are
 * counted in {@link #dropped()} but not kept. Errors are always kept ahead of warnings when the cap is reached, so
 * {@link #hasErrors()} is exact.
 *
 * <p>Not thread-safe.
 */
public final class Issues implements Iterable<Issue> {

    /** The default cap. */
    public static final int DEFAULT_CAP = 500;

    private final int cap;
    private final List<Issue> items = new ArrayList<>();
    private int dropped;
    private boolean errors;

    private Issues(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        this.cap = cap;
    }

    /** Returns an empty collection keeping at most {@code cap} issues. */
    public static Issues tracking(int cap) {
        return new Issues(cap);
    }

    /** Returns an empty collection with the default cap. */
    public static Issues create() {
        return new Issues(DEFAULT_CAP);
    }

    /** Adds an issue. */
    public Issues add(Issue issue) {
        Objects.requireNonNull(issue, "issue");
        errors |= issue.severity() == Severity.ERROR;
        if (items.size() < cap) {
            items.add(issue);
            return this;
        }
        // full: an error displaces the least serious issue kept, so errors are never lost to warnings
        int victim = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).severity().compareTo(issue.severity()) > 0
                    && (victim < 0
                            || items.get(i)
                                            .severity()
                                            .compareTo(items.get(victim).severity())
                                    > 0)) {
                victim = i;
            }
        }
        if (victim >= 0) {
            items.set(victim, issue);
        }
        dropped++;
        return this;
    }

    /** Adds every issue of {@code other}, and its dropped count. */
    public Issues addAll(Issues other) {
        for (Issue issue : other.items) {
            add(issue);
        }
        dropped += other.dropped;
        errors |= other.errors;
        return this;
    }

    /** Adds an error. */
    public Issues error(SourceRef where, String code, String message) {
        return add(new Issue(Severity.ERROR, code, where, message));
    }

    /** Adds a warning. */
    public Issues warning(SourceRef where, String code, String message) {
        return add(new Issue(Severity.WARNING, code, where, message));
    }

    /** Adds an info remark. */
    public Issues info(SourceRef where, String code, String message) {
        return add(new Issue(Severity.INFO, code, where, message));
    }

    /** Returns whether any error was added, including dropped ones. */
    public boolean hasErrors() {
        return errors;
    }

    /** Returns whether no issue was added. */
    public boolean isEmpty() {
        return items.isEmpty() && dropped == 0;
    }

    /** Returns the number of issues added but not kept. */
    public int dropped() {
        return dropped;
    }

    /** Returns the kept issues, sorted by location. */
    public List<Issue> sorted() {
        List<Issue> copy = new ArrayList<>(items);
        copy.sort(Issue.BY_LOCATION);
        return Collections.unmodifiableList(copy);
    }

    /** Returns the number of kept issues. */
    public int size() {
        return items.size();
    }

    @Override
    public Iterator<Issue> iterator() {
        return sorted().iterator();
    }

    /** Returns one issue per line, sorted by location, with a last line counting dropped issues. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Issue issue : sorted()) {
            text.append(issue).append('\n');
        }
        if (dropped > 0) {
            text.append("……另有 ").append(dropped).append(" 个问题未列出\n");
        }
        return text.toString();
    }
}
