/**
 * Classification catalogs (政府收支分类科目): function codes 类/款/项 and economic codes 类/款, per fiscal year, loaded
 * from data files.
 */
@NullMarked
package org.juesuan.core.catalog;

import org.jspecify.annotations.NullMarked;
