/**
 * The complete disclosure as one immutable model (公开文件模型): cover data, parts, headings, paragraphs whose figures
 * know their exact values, the printed tables, grids such as the self-evaluation forms, and charts. Every renderer
 * (PDF/A, DOCX, XLSX, HTML) draws this model and nothing else, and the proof step checks rendered files against it.
 *
 * <p>{@link org.juesuan.core.document.DocumentBuilder} assembles a unit's document from its profile's layout
 * ({@code document.yaml}, read by {@link org.juesuan.core.document.DocumentDefinitionLoader}), the printed tables, the
 * narrative and the descriptions of function codes ({@link org.juesuan.core.document.FunctionGlossary}).
 */
@NullMarked
package org.juesuan.core.document;

import org.jspecify.annotations.NullMarked;
