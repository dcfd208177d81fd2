package org.juesuan.core.document;

/**
 * A block of content in a part (内容块): a heading, a paragraph, a public table, a grid or a chart.
 *
 * <p>Renderers switch over the permitted kinds; there is no other.
 */
public sealed interface Block permits Heading, Paragraph, TableBlock, GridBlock, ChartBlock {}
