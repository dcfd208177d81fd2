/**
 * The reader of published disclosures as plain text (文本文件读取): text extracted from a PDF, with tab- or
 * space-aligned tables, lines broken across pages and a converter's leftovers, read into paragraphs and tables
 * whose every character keeps its line and column.
 */
@NullMarked
package org.juesuan.audit.read.text;

import org.jspecify.annotations.NullMarked;
