package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.juesuan.app.publish.BuildDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed mid-run and resumed (中断后续跑): the command line's jar is started as its own process, killed
 * (SIGKILL, no chance to clean up) once some units are written, and {@code --resume} then skips exactly the units
 * that were complete, leaves their files untouched, and finishes the others.
 */
class BatchKillIT {

    private static final int UNITS = 24;

    @TempDir
    Path temp;

    @Test
    void aKilledBatchResumesWithoutRedoingFinishedUnits() throws Exception {
        Path jar = Path.of("target/juesuan.jar");
        assertThat(jar).as("the IT runs after package").exists();
        Path data = temp.resolve("data");
        Path out = temp.resolve("out");
        CommandLineIT.Run synth =
                CommandLineIT.run("synth", "--units", Integer.toString(UNITS), "--seed", "5", "--out", data.toString());
        assertThat(synth.code()).as(synth.err()).isZero();

        Process batch = new ProcessBuilder(
                        "java",
                        "-jar",
                        jar.toString(),
                        "batch",
                        data.toString(),
                        "--out",
                        out.toString(),
                        "--threads",
                        "1",
                        "--no-proof")
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("batch.log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (complete(out).size() < 3 && batch.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        batch.destroyForcibly();
        batch.waitFor();
        Map<String, FileTime> before = complete(out);
        assertThat(before.size())
                .as("killed after some units and before the last: %s", Files.readString(temp.resolve("batch.log")))
                .isBetween(3, UNITS - 1);

        CommandLineIT.Run resumed = CommandLineIT.run(
                "batch", data.toString(), "--out", out.toString(), "--threads", "2", "--no-proof", "--resume");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(count(summary, "skipped")).isEqualTo(before.size());
        assertThat(count(summary, "rendered")).isEqualTo(UNITS - before.size());
        Map<String, FileTime> after = complete(out);
        assertThat(after).hasSize(UNITS);
        // the units finished before the kill were not written again
        before.forEach((unit, written) -> assertThat(after.get(unit)).as(unit).isEqualTo(written));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".partial-"));
        }
    }

    /** Returns the unit directories whose manifest is written, with the manifest's time. */
    private static Map<String, FileTime> complete(Path out) throws IOException {
        Map<String, FileTime> complete = new TreeMap<>();
        if (!Files.isDirectory(out)) {
            return complete;
        }
        try (Stream<Path> units = Files.list(out)) {
            for (Path unit : (Iterable<Path>) units::iterator) {
                Path manifest = unit.resolve(BuildDisclosure.MANIFEST);
                if (!unit.getFileName().toString().startsWith(".") && Files.isRegularFile(manifest)) {
                    complete.put(unit.getFileName().toString(), Files.getLastModifiedTime(manifest));
                }
            }
        }
        return complete;
    }

    private static long count(String summary, String outcome) {
        Matcher matcher = Pattern.compile("\"" + outcome + "\": (\\d+)").matcher(summary);
        assertThat(matcher.find()).as(outcome).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
