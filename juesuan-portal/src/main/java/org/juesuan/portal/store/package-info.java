/**
 * The portal's storage (数据存储): regions, units, documents, versions and their files, and the audit log, in a
 * relational database reached through JDBC; the schema is Flyway's ({@code db/migration}).
 */
@NullMarked
package org.juesuan.portal.store;

import org.jspecify.annotations.NullMarked;
