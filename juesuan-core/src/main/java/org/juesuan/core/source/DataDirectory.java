package org.juesuan.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A tree of data files (catalogs, profiles) either bundled on the class path or in a directory on disk, so that a
 * user can add or override definitions by dropping files into a directory.
 *
 * <p>Paths are relative and use {@code /}. Thread-safe.
 */
public abstract class DataDirectory {

    /** Returns the names of the files and directories directly under {@code dir}, sorted; empty if absent. */
    public abstract List<String> list(String dir);

    /** Returns the text of a UTF-8 file, or empty if it does not exist. */
    public abstract Optional<String> read(String path);

    /** Returns the name of a file for messages, e.g. {@code profiles/hubei-2024/GK01.yaml}. */
    public abstract String displayName(String path);

    /** Returns the files bundled with Juesuan under the class-path directory {@code root}. */
    public static DataDirectory classpath(String root) {
        return new Classpath(root);
    }

    /** Returns the files under a directory on disk. */
    public static DataDirectory of(Path root) {
        return new OnDisk(root);
    }

    private static final class OnDisk extends DataDirectory {
        private final Path root;

        OnDisk(Path root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        @Override
        public List<String> list(String dir) {
            return listPath(dir.isEmpty() ? root : root.resolve(dir));
        }

        @Override
        public Optional<String> read(String path) {
            Path file = root.resolve(path);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("while reading " + file, e);
            }
        }

        @Override
        public String displayName(String path) {
            return root.resolve(path).toString();
        }

        @Override
        public String toString() {
            return root.toString();
        }
    }

    private static final class Classpath extends DataDirectory {
        private final String root;

        Classpath(String root) {
            this.root = root.endsWith("/") ? root : root + "/";
        }

        @Override
        public List<String> list(String dir) {
            String resource = root + dir;
            URL url = DataDirectory.class.getClassLoader().getResource(resource);
            if (url == null) {
                return List.of();
            }
            try {
                if ("jar".equals(url.getProtocol())) {
                    FileSystem jar;
                    try {
                        jar = FileSystems.getFileSystem(url.toURI());
                    } catch (FileSystemNotFoundException e) {
                        try {
                            jar = FileSystems.newFileSystem(url.toURI(), Map.of());
                        } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                            jar = FileSystems.getFileSystem(url.toURI());
                        }
                    }
                    return listPath(jar.getPath(resource));
                }
                return listPath(Path.of(url.toURI()));
            } catch (IOException e) {
                throw new UncheckedIOException("while listing " + resource, e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("bad resource URL " + url, e);
            }
        }

        @Override
        public Optional<String> read(String path) {
            try (InputStream in = DataDirectory.class.getClassLoader().getResourceAsStream(root + path)) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("while reading " + root + path, e);
            }
        }

        @Override
        public String displayName(String path) {
            return root + path;
        }

        @Override
        public String toString() {
            return "classpath:" + root;
        }
    }

    private static List<String> listPath(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<String> names = new ArrayList<>();
            children.forEach(child -> {
                String name = child.getFileName().toString();
                names.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
            });
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("while listing " + dir, e);
        }
    }
}
