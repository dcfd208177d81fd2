package org.juesuan.audit.recognize;

import org.juesuan.audit.read.PublishedDocument;

/** Test support: {@link TabText} for tests of other packages. */
public final class TabTextAccess {

    private TabTextAccess() {}

    /** Reads a text document as {@link TabText} does. */
    public static PublishedDocument read(String name, String text) {
        return TabText.read(name, text);
    }
}
