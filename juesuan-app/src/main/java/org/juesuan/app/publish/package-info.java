/** Producing outputs (生成): derived tables rendered to files, written atomically with their digests. */
@NullMarked
package org.juesuan.app.publish;

import org.jspecify.annotations.NullMarked;
