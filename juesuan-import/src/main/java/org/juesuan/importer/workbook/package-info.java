/**
 * The data-entry workbook (填报工作簿): a blank template for a regional profile, a filled workbook written from a
 * dataset, and the importer that reads a filled workbook back into a dataset with every problem located as
 * {@code workbook!sheet!cell}.
 *
 * <p>The workbook is laid out from the profile alone: one sheet per public table with the printed headers, input
 * cells (white) for the facts a table holds, computed cells (grey) for everything Juesuan derives, and supplement
 * sheets for the facts no table holds.
 */
@NullMarked
package org.juesuan.importer.workbook;

import org.jspecify.annotations.NullMarked;
