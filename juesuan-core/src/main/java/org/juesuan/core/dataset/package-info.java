/** A unit's final-accounts dataset (决算数据集): facts by function code, by economic code and for the whole unit. */
@NullMarked
package org.juesuan.core.dataset;

import org.jspecify.annotations.NullMarked;
