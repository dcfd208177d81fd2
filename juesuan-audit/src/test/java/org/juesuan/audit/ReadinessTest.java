package org.juesuan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The readiness score: errors weigh most, warnings are capped, remarks are free. */
class ReadinessTest {

    @Test
    void aCleanDocumentCanBePublished() {
        assertThat(new Readiness(100, 0, 0, 12).verdict()).isEqualTo("可以公开");
    }

    @Test
    void anErrorAlwaysAsksForChanges() {
        assertThat(new Readiness(90, 1, 0, 0).verdict()).isEqualTo("需修改");
        assertThat(new Readiness(59, 2, 10, 0).verdict()).isEqualTo("不宜公开");
    }
}
