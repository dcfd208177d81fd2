/**
 * Reading a published Word file (读取DOCX文件): the body's paragraphs and tables in order, with merged cells as
 * Word records them.
 */
@NullMarked
package org.juesuan.audit.read.docx;

import org.jspecify.annotations.NullMarked;
