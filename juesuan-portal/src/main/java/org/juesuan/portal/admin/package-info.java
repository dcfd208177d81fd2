/**
 * Administration (系统管理): regions and units, each region's default regional profile, the publication deadlines of
 * each region and fiscal year, and the audit log read by administrators. Every change is recorded in the audit log
 * with what it was before and after.
 */
@NullMarked
package org.juesuan.portal.admin;

import org.jspecify.annotations.NullMarked;
