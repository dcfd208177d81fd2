package org.juesuan.core.document;

/** A piece of a paragraph (文字片段): plain text, or a figure that knows its value. */
public sealed interface Run permits TextRun, FigureRun {

    /** Returns the text as printed. */
    String text();
}
