/**
 * Regional profiles (地区口径) as data: the table set, each table's sections, rows, columns, measures and notes, and
 * presentation; loaded and checked from YAML files.
 */
@NullMarked
package org.juesuan.core.profile;

import org.jspecify.annotations.NullMarked;
