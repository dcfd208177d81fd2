/**
 * The open data interface (开放数据接口): read-only JSON of the units, documents and published versions, for anyone.
 * Only published versions ever appear; anything else answers 404.
 */
@NullMarked
package org.juesuan.portal.api;

import org.jspecify.annotations.NullMarked;
