package org.juesuan.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.source.TreeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional achievement (完成情况) of a qualitative indicator is read, written back, and chooses its tier. */
class AchievementFieldTest {

    @TempDir
    Path dir;

    @Test
    void anAchievementIsReadWrittenAndScored() throws Exception {
        String example = Files.readString(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"));
        String edited = example.replace(
                "target: 及时有效, actual: 及时有效}\n      deviation: 目标全部完成",
                "target: 及时有效, actual: 基本及时, weight: 10, score: 6, achievement: 部分达成}\n      deviation: 目标全部完成");
        assertThat(edited).isNotEqualTo(example);
        Path file = dir.resolve("dataset.yaml");
        Files.writeString(file, edited);
        DatasetReader reader = new DatasetReader(ScoringFixture.CATALOGS);
        Dataset dataset = reader.read(file, "dataset.yaml").value().orElseThrow();
        Evaluation.Indicator indicator = last(dataset);
        assertThat(indicator.achievementText()).contains("部分达成");

        Path again = dir.resolve("again.yaml");
        Files.writeString(again, DatasetWriter.write(dataset, TreeReader.Format.YAML));
        assertThat(last(reader.read(again, "again.yaml").value().orElseThrow()).achievementText())
                .contains("部分达成");

        Scorecard card = Scorer.score(ScoringFixture.rules("hubei-2024"), dataset);
        Scorecard.IndicatorScore score =
                card.projects().get(1).goals().get(0).indicators().get(3);
        assertThat(score.tier().name()).isEqualTo("部分达成");
        assertThat(score.scoreValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
        // 6 of 10 is 部分达成 under the national tiers as well (80–60%, 60 included)
        Scorecard.IndicatorScore national = Scorer.score(ScoringFixture.rules("shanghai-2024"), dataset)
                .projects()
                .get(1)
                .goals()
                .get(0)
                .indicators()
                .get(3);
        assertThat(national.tier().name()).isEqualTo("部分达成");
        assertThat(national.scoreValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
    }

    private static Evaluation.Indicator last(Dataset dataset) {
        var indicators = dataset.projectEvaluations().get(1).goals().get(0).indicators();
        return indicators.get(indicators.size() - 1);
    }
}
