/**
 * The pages behind login (工作台与管理): an editor's unit's documents with their drafts, a reviewer's region's
 * submissions, and the administrator's list of users.
 */
@NullMarked
package org.juesuan.portal.work;

import org.jspecify.annotations.NullMarked;
