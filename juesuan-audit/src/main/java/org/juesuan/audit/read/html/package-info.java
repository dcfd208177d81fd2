/**
 * Reading a published web page (读取HTML文件): headings and paragraphs, and tables with their merged cells, with the
 * line and column of each in the page's source.
 */
@NullMarked
package org.juesuan.audit.read.html;

import org.jspecify.annotations.NullMarked;
