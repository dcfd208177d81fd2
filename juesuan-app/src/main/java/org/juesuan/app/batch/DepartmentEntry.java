package org.juesuan.app.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.juesuan.app.consolidate.ConsolidateUnits;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.core.consolidation.UnitTree;

/**
 * A department among the entries of a batch (批量中的部门): a directory holding {@value UnitTree#FILE_NAME}, whose
 * units are consolidated by {@link ConsolidateUnits} and whose consolidated dataset is then validated and rendered
 * like any unit's, with the working report ({@value #WORKING_PAPER}, 抵销工作底稿) among its outputs.
 *
 * <p>Thread-safe: it holds only the use case.
 */
final class DepartmentEntry {

    /** The working report's file among the department's outputs. */
    static final String WORKING_PAPER = "working-paper.html";

    private final ConsolidateUnits consolidation;

    DepartmentEntry(Definitions definitions) {
        this.consolidation = new ConsolidateUnits(definitions);
    }

    /** Returns whether an entry is a department: a directory with a tree file. */
    static boolean is(Path entry) {
        return Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(UnitTree.FILE_NAME));
    }

    /**
     * Reads, consolidates and validates the department, and returns it with the working report as an extra output.
     *
     * @throws org.juesuan.core.issue.UnableToReadInputException if the tree or a unit cannot be read
     */
    RunBatch.Checked check(Path entry) {
        ConsolidateUnits.Outcome outcome = consolidation.run(entry);
        byte[] paper = ConsolidateUnits.report(outcome, Path.of(WORKING_PAPER)).getBytes(StandardCharsets.UTF_8);
        return new RunBatch.Checked(
                outcome.dataset(), outcome.profile(), outcome.findings(), new OutputFiles().add(WORKING_PAPER, paper));
    }
}
