package org.juesuan.app.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README states how many rules each profile has; the number is the rule sets', not typed and forgotten. */
class ReadmeFiguresTest {

    @Test
    void theRuleCountsInTheReadmeAreTheProfilesOwn() throws Exception {
        Definitions definitions = Definitions.bundled();
        int hubei = definitions
                .rules(definitions.profile("hubei-2024").value().orElseThrow())
                .rules()
                .size();
        int shanghai = definitions
                .rules(definitions.profile("shanghai-2024").value().orElseThrow())
                .rules()
                .size();
        assertThat(Files.readString(Path.of("../README.md")))
                .contains("现有湖北口径 " + hubei + " 条、上海口径 " + shanghai + " 条");
    }
}
