/**
 * The public site (公开网站): the list of published disclosures by year, region and department, each disclosure's
 * page with its version history and interactive charts, the downloads of every published file with its SHA-256,
 * full-text search, and the comparisons of a department across years and of the departments of a region. Only
 * published versions are ever shown.
 */
@NullMarked
package org.juesuan.portal.site;

import org.jspecify.annotations.NullMarked;
