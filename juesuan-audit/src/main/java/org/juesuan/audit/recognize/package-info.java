/**
 * Recognition of a published document (文件识别): which profile it follows, where each of its public tables is, what
 * each printed row and column is in the profile's table definitions, and the dataset those figures amount to — so
 * that the very rules that check a dataset check a published document.
 */
@NullMarked
package org.juesuan.audit.recognize;

import org.jspecify.annotations.NullMarked;
