package org.juesuan.app.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.dataset.InjectedError;
import org.juesuan.core.dataset.SyntheticUnits;
import org.juesuan.core.source.TreeReader;

/**
 * Writes a directory of synthetic unit datasets (生成合成单位数据): {@code unit-000001/dataset.yaml} and so on, drawn
 * from a seed by {@link SyntheticUnits}, with a fraction of them carrying one injected error each, listed in
 * {@value #MANIFEST} with the rules expected to find it.
 *
 * <p>Streaming: one unit is drawn, written and dropped at a time. Thread-safe (stateless).
 */
public final class SynthesizeUnits {

    /** The manifest of injected errors, written last. */
    public static final String MANIFEST = "injected.json";

    /** The name of each unit's dataset file. */
    public static final String DATASET_FILE = "dataset.yaml";

    /**
     * What to write.
     *
     * @param out the directory the unit directories go into
     * @param units how many units
     * @param seed the seed
     * @param errorRate the fraction of units that carry an injected error, in [0, 1]
     * @param profiles the profiles the units are drawn under
     */
    public record Request(Path out, int units, long seed, double errorRate, List<String> profiles) {
        /** Creates a request. */
        public Request {
            Objects.requireNonNull(out, "out");
            if (units < 0) {
                throw new IllegalArgumentException("units < 0");
            }
            if (!(errorRate >= 0 && errorRate <= 1)) {
                throw new IllegalArgumentException("errorRate not in [0, 1]");
            }
            profiles = List.copyOf(profiles);
            if (profiles.isEmpty()) {
                throw new IllegalArgumentException("no profile");
            }
        }
    }

    /**
     * One injected error (注入的错误).
     *
     * @param unit the unit's directory name
     * @param profile the unit's profile
     * @param kind what was injected
     */
    public record Injection(String unit, String profile, InjectedError kind) {}

    /** Returns the directory name of unit {@code index} (from 1). */
    public static String unitName(long index) {
        return String.format(Locale.ROOT, "unit-%06d", index);
    }

    /** Writes the units and the manifest, and returns what was injected. */
    public List<Injection> run(Request request) {
        List<Injection> injected = new ArrayList<>();
        for (long index = 1; index <= request.units(); index++) {
            Dataset dataset = SyntheticUnits.unit(request.seed(), index, request.profiles());
            Optional<InjectedError> error = SyntheticUnits.injection(request.seed(), index, request.errorRate());
            if (error.isPresent()) {
                dataset = error.get().apply(dataset);
                injected.add(new Injection(unitName(index), dataset.profileId(), error.get()));
            }
            new OutputFiles()
                    .add(
                            DATASET_FILE,
                            DatasetWriter.write(dataset, TreeReader.Format.YAML).getBytes(StandardCharsets.UTF_8))
                    .writeTo(request.out().resolve(unitName(index)));
        }
        new OutputFiles()
                .add(MANIFEST, manifest(request, injected).getBytes(StandardCharsets.UTF_8))
                .writeTo(request.out());
        return injected;
    }

    private static String manifest(Request request, List<Injection> injected) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"seed\": ").append(request.seed()).append(",\n");
        json.append("  \"units\": ").append(request.units()).append(",\n");
        json.append("  \"errorRate\": ").append(request.errorRate()).append(",\n");
        json.append("  \"profiles\": [");
        for (int i = 0; i < request.profiles().size(); i++) {
            json.append(i == 0 ? "" : ", ").append(Json.quote(request.profiles().get(i)));
        }
        json.append("],\n  \"injected\": [");
        for (int i = 0; i < injected.size(); i++) {
            Injection injection = injected.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"unit\": ")
                    .append(Json.quote(injection.unit()))
                    .append(", \"profile\": ")
                    .append(Json.quote(injection.profile()))
                    .append(", \"kind\": ")
                    .append(Json.quote(injection.kind().key()))
                    .append(", \"description\": ")
                    .append(Json.quote(injection.kind().description()))
                    .append(", \"rules\": [");
            List<String> rules = injection.kind().ruleIds();
            for (int r = 0; r < rules.size(); r++) {
                json.append(r == 0 ? "" : ", ").append(Json.quote(rules.get(r)));
            }
            json.append("]}");
        }
        json.append(injected.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }
}
