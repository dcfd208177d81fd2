/**
 * The Word version of the disclosure (Word 版): {@link org.juesuan.render.docx.DocxRenderer} writes the document model
 * as an editable DOCX with real styles, and {@link org.juesuan.render.docx.DocxProof} reads a DOCX back and checks every
 * figure it shows against the model.
 */
@NullMarked
package org.juesuan.render.docx;

import org.jspecify.annotations.NullMarked;
