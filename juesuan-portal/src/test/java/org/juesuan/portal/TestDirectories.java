package org.juesuan.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh directories for a test's data (测试数据目录): under {@code target/<test>/}, so that {@code mvn clean} removes
 * them and two runs never share a database.
 */
public final class TestDirectories {

    private TestDirectories() {}

    /** Returns a new, empty directory under {@code target/<test>/} whose name starts with the prefix. */
    public static Path fresh(String test, String prefix) {
        try {
            Path target = Files.createDirectories(Path.of("target", test));
            return Files.createTempDirectory(target.toAbsolutePath(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
