package org.juesuan.app.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A set of output files built in memory and written at the end (输出文件): every file is first written beside its
 * final name, then each is moved into place. A reader never sees a half-written file; a failure while producing the
 * content writes nothing, and a failure while writing removes the temporary files.
 *
 * <p>Not thread-safe.
 */
public final class OutputFiles {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** Adds a file under a name (no directories). */
    public OutputFiles add(String name, byte[] content) {
        Objects.requireNonNull(name, "name");
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        files.put(name, content.clone());
        return this;
    }

    /** Returns the names, in the order added. */
    public List<String> names() {
        return new ArrayList<>(files.keySet());
    }

    /** Returns a file's content. */
    public byte[] content(String name) {
        return files.get(name).clone();
    }

    /** Returns the SHA-256 of a file, in lowercase hex. */
    public String sha256(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(name)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * Writes every file into {@code directory} (created if needed): all temporary files first, then all moves.
     *
     * @return the paths written
     * @throws UncheckedIOException if writing fails; temporary files are removed
     */
    public List<Path> writeTo(Path directory) {
        List<Path> temporary = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path tmp = Files.createTempFile(directory, "." + file.getKey() + ".", ".tmp");
                temporary.add(tmp);
                Files.write(tmp, file.getValue());
                if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    // temporary files are created owner-only; outputs are ordinary documents
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
            int i = 0;
            for (String name : files.keySet()) {
                Path target = directory.resolve(name);
                try {
                    Files.move(
                            temporary.get(i),
                            target,
                            StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary.get(i), target, StandardCopyOption.REPLACE_EXISTING);
                }
                written.add(target);
                i++;
            }
            return written;
        } catch (IOException e) {
            for (Path tmp : temporary) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the original failure is what matters
                }
            }
            throw new UncheckedIOException("while writing to " + directory, e);
        }
    }
}
