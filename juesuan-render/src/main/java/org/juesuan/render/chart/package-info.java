/**
 * Charts (图表) of the narrative drawn with JFreeChart: onto any {@code Graphics2D} (a PDF page), as SVG (HTML) and
 * as PNG (DOCX), always from the chart block's figures.
 */
@NullMarked
package org.juesuan.render.chart;

import org.jspecify.annotations.NullMarked;
