/**
 * Publication (发布): building a version's files from a dataset through the application layer, storing and
 * publishing it with its audit entry, and loading the bundled examples into an empty database.
 */
@NullMarked
package org.juesuan.portal.publication;

import org.jspecify.annotations.NullMarked;
