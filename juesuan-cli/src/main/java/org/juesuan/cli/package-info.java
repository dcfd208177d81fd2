/** The command line (命令行): a thin shell over the application's use cases. */
@NullMarked
package org.juesuan.cli;

import org.jspecify.annotations.NullMarked;
