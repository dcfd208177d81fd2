/**
 * The proof of the output (输出自检): rendered files are read back and every figure they show is compared with the
 * document model they were drawn from.
 */
@NullMarked
package org.juesuan.render.proof;

import org.jspecify.annotations.NullMarked;
