/** Preparing a run (准备): definitions and datasets from files, workbooks and directories. */
@NullMarked
package org.juesuan.app.prepare;

import org.jspecify.annotations.NullMarked;
