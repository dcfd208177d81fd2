package org.juesuan.importer.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;

class WorkbookRoundTripPropertiesTest {

    private static void assertRoundTrip(Dataset original, Profile profile) {
        Result<Dataset> imported = TestWorkbooks.read(TestWorkbooks.write(original, profile));
        assertThat(imported.issues().sorted())
                .as(imported.issues().toString())
                .allSatisfy(issue -> assertThat(issue.severity()).isNotEqualTo(org.juesuan.core.issue.Severity.ERROR));
        assertThat(TestWorkbooks.yaml(imported.value().orElseThrow())).isEqualTo(TestWorkbooks.yaml(original));
    }

    @Property(tries = 40)
    void anyDatasetReadsBackIdenticalUnderHubei(@ForAll long seed) {
        assertRoundTrip(SyntheticDatasets.of(seed, TestWorkbooks.HUBEI), TestWorkbooks.HUBEI);
    }

    @Property(tries = 20)
    void anyDatasetReadsBackIdenticalUnderShanghai(@ForAll long seed) {
        assertRoundTrip(SyntheticDatasets.of(seed, TestWorkbooks.SHANGHAI), TestWorkbooks.SHANGHAI);
    }
}
