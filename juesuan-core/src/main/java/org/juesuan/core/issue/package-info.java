/** Problems found in data and definitions (问题), collected rather than thrown, and the few exceptions for unusable input. */
@NullMarked
package org.juesuan.core.issue;

import org.jspecify.annotations.NullMarked;
