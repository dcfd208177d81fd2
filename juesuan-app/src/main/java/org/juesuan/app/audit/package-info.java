/** The audit of published disclosures (公开文件审查) as a use case: read the files, recognise, check, report. */
@NullMarked
package org.juesuan.app.audit;

import org.jspecify.annotations.NullMarked;
