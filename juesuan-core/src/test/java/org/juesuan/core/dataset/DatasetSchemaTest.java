package org.juesuan.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published JSON Schema (docs/dataset.schema.json) describes exactly what the reader accepts. */
class DatasetSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/dataset.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(SCHEMA.toFile()));
    }

    @Test
    void theExampleDatasetConformsToTheSchema() throws IOException {
        JsonNode example = YAML.readTree(
                Path.of("../examples/qingshan-guozi-2024/dataset.yaml").toFile());
        assertThat(schema().validate(example)).isEmpty();
    }

    @Test
    void aMisspeltFieldViolatesTheSchema() throws IOException {
        JsonNode dataset = YAML.readTree("""
                format: juesuan-dataset/1
                profile: hubei-2024
                amountUnit: 元
                unit: {name: 某局, region: 某区, level: 区, scope: 本级, fiscalYear: 2024}
                lines: [{code: "2010301", spendng: {}}]
                """);
        Set<ValidationMessage> messages = schema().validate(dataset);
        assertThat(messages).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("spendng"));
    }

    @Test
    void everyUnitFactAndNarrativeClaimIsInTheSchema() throws IOException {
        JsonNode root = JSON.readTree(SCHEMA.toFile()).get("properties");
        for (UnitFact fact : UnitFact.values()) {
            JsonNode node = root;
            for (String part : fact.key().split("\\.")) {
                node = node.get(part);
                assertThat(node).as(fact.key()).isNotNull();
                node = node.has("properties") ? node.get("properties") : node;
            }
        }
        JsonNode narrative =
                root.get("published").get("properties").get("narrative").get("properties");
        for (NarrativeClaim claim : NarrativeClaim.values()) {
            assertThat(narrative.has(claim.key())).as(claim.key()).isTrue();
        }
        assertThat(Files.readString(SCHEMA)).contains("\"const\": \"" + DatasetReader.FORMAT + "\"");
    }
}
