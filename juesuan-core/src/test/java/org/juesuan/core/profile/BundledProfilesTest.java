package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.issue.Result;
import org.junit.jupiter.api.Test;

class BundledProfilesTest {

    private static final Catalogs CATALOGS = Catalogs.bundled();

    @Test
    void everyBundledProfileLoadsWithoutIssues() {
        Profiles profiles = Profiles.bundled(CATALOGS);
        assertThat(profiles.ids()).contains("hubei-2024");
        for (String id : profiles.ids()) {
            Result<Profile> result = profiles.load(id);
            assertThat(result.issues().toString()).as(id).isEmpty();
            assertThat(result.value()).as(id).isPresent();
        }
    }
}
