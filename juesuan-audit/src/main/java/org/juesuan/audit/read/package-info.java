/**
 * Readers of published documents (已公开文件读取): each format is read into one {@link
 * org.juesuan.audit.read.PublishedDocument} — paragraphs and tables in reading order, every piece of text with its
 * position in the file — which knows nothing yet of profiles or tables.
 */
@NullMarked
package org.juesuan.audit.read;

import org.jspecify.annotations.NullMarked;
