/** The publishing portal (决算公开平台): the Spring Boot application and its wiring. */
@NullMarked
package org.juesuan.portal;

import org.jspecify.annotations.NullMarked;
