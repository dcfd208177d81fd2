/**
 * The open data interface (开放数据接口): read-only JSON of the units, documents and published versions; each
 * published version's public tables and cells as JSON and CSV; Fiscal Data Packages per version and per region-year;
 * the OpenAPI description of it all. For anyone; only published versions ever appear, anything else answers 404.
 */
@NullMarked
package org.juesuan.portal.api;

import org.jspecify.annotations.NullMarked;
