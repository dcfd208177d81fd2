package org.juesuan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.core.rule.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedAuditTest {

    static Auditor.Audit audit;

    @BeforeAll
    static void audit() throws IOException {
        String text =
                Files.readString(Path.of("../examples/qingshan-guozi-2024/published.txt"), StandardCharsets.UTF_8);
        PublishedDocument document = org.juesuan.audit.recognize.TabTextAccess.read("published.txt", text);
        audit = AuditFixture.auditor((d, p, i) -> Map.of()).audit(document, 500);
    }

    @Test
    void dump() {
        for (Finding f : audit.findings().list()) {
            System.out.println("F " + f);
        }
        System.out.println("R " + audit.readiness() + " " + audit.readiness().verdict());
        assertThat(audit.findings().list()).isNotEmpty();
    }
}
