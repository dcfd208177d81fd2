/**
 * The archival PDF of a disclosure (PDF/A-2b 公开文件) and its proof: a renderer that composes pages directly from the
 * document model (cover, table of contents, parts, tables, charts), and a proof that reads the saved text layer back
 * and compares every figure with the model.
 */
@NullMarked
package org.juesuan.render.pdf;

import org.jspecify.annotations.NullMarked;
