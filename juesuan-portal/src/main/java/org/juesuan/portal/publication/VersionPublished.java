package org.juesuan.portal.publication;

/**
 * A version was published (版本已公开): sent inside the publishing transaction; listeners that act on it once it is
 * committed (the search index) listen with {@code @TransactionalEventListener}.
 *
 * @param versionId the version
 */
public record VersionPublished(long versionId) {}
