/**
 * Audit of published disclosures (已公开决算文件审查): reading a document as it was published — text, PDF, DOCX,
 * XLSX or HTML — back into tables and narrative claims, and checking it with the same rules as a dataset.
 */
@NullMarked
package org.juesuan.audit;

import org.jspecify.annotations.NullMarked;
