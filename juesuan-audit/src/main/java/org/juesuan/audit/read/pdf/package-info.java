/**
 * Reading a published PDF (读取PDF文件) from its text layer: glyphs with their positions are grouped into lines, lines
 * into paragraphs, and tables are rebuilt from the ruling lines the PDF draws (or, where it draws none, from the
 * columns the text lines share).
 */
@NullMarked
package org.juesuan.audit.read.pdf;

import org.jspecify.annotations.NullMarked;
