package org.juesuan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.audit.AuditDocuments;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.audit.AuditReport;
import org.juesuan.audit.Auditor;
import org.juesuan.core.issue.IssueFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code juesuan audit}: checks published disclosures as they were published (审查已公开文件). */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "审查已公开的部门决算文件（.txt、.pdf、.docx、.xlsx、.html）：识别地区口径和各公开表，按勾稽规则核对，"
                + "检查完整性和名词解释，列出问题及原文。发现错误时退出码为 3，文件无法读取时为 4。")
final class AuditCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "要审查的文件，可以多个")
    List<Path> files = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "ID", description = "按指定的地区口径核对（默认自动识别）")
    @Nullable
    String profile;

    @CommandLine.Mixin
    ReportOptions reporting = new ReportOptions();

    @Override
    public Integer call() {
        JuesuanCommand parent = Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("audit");
        reporting.check(line);
        @Nullable Path out = reporting.out().orElse(null);
        List<AuditDocuments.Outcome> outcomes = new AuditDocuments(parent.definitions())
                .run(files, Optional.ofNullable(profile), reporting.maxFindings());
        boolean unreadable = false;
        boolean errors = false;
        OutputFiles written = new OutputFiles();
        for (int i = 0; i < outcomes.size(); i++) {
            AuditDocuments.Outcome outcome = outcomes.get(i);
            if (outcome.unreadable().isPresent()) {
                unreadable = true;
                line.getErr().println("无法审查：" + outcome.file());
                line.getErr()
                        .print(new IssueFormatter().format(outcome.unreadable().get()));
                continue;
            }
            Auditor.Audit audit = outcome.audit().orElseThrow();
            errors |= audit.findings().hasErrors();
            String report =
                    switch (reporting.format()) {
                        case "json" -> AuditReport.json(audit);
                        case "html" -> AuditReport.html(audit);
                        default -> AuditReport.text(audit);
                    };
            if (out == null) {
                line.getOut().print(report);
            } else {
                written.add(name(out, i, outcomes.size()), report.getBytes(StandardCharsets.UTF_8));
                line.getOut()
                        .println(outcome.file() + "：" + AuditReport.summary(audit.findings()) + " 迎检准备度 "
                                + audit.readiness().score() + " 分（"
                                + audit.readiness().verdict() + "）");
            }
        }
        if (out != null && !written.names().isEmpty()) {
            Path directory = reporting.directory();
            written.writeTo(directory);
            line.getOut().println("报告已写入 " + directory);
        }
        if (unreadable) {
            return Main.ExitCode.UNREADABLE;
        }
        return errors ? Main.ExitCode.INVALID : Main.ExitCode.OK;
    }

    /** Returns the report's file name: as given for one file, numbered (report-2.html) for several. */
    private static String name(Path out, int index, int count) {
        String name = Objects.requireNonNull(out.getFileName()).toString();
        if (count == 1) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "-" + (index + 1) : name.substring(0, dot) + "-" + (index + 1) + name.substring(dot);
    }
}
