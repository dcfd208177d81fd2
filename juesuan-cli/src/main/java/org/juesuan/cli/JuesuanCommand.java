package org.juesuan.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.ProofFailedException;
import org.juesuan.app.publish.ValidationFailedException;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.issue.DisclosureException;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.rule.FindingsFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command (决算公开工具): global options and the subcommands. */
@Command(
        name = "juesuan",
        mixinStandardHelpOptions = true,
        version = "Juesuan 0.1.0",
        description = "部门决算公开：由决算数据生成公开表，按勾稽规则校验，并输出 XLSX、HTML 等格式。",
        // serve is the portal, a program of its own that the ./juesuan script starts: named here, not a subcommand
        footer = {
            "",
            "公开平台：./juesuan serve [--port 8080] [--db-url JDBC地址 --db-user 用户名 --db-password 密码]",
            "  启动部门决算公开网站；不指定数据库时使用 ./data/ 下的嵌入式数据库，首次启动公开内置示例（见 README“门户”）。"
        },
        subcommands = {
            BuildCommand.class,
            ValidateCommand.class,
            AuditCommand.class,
            TemplateCommand.class,
            ImportCommand.class,
            ConsolidateCommand.class,
            ProfilesCommand.class,
            SynthCommand.class,
            BatchCommand.class,
            CommandLine.HelpCommand.class
        })
final class JuesuanCommand implements Runnable {

    @Option(names = "--catalogs", paramLabel = "DIR", description = "附加的科目表目录（<年度>/function/*.txt 等），补充内置科目表")
    @Nullable
    Path catalogs;

    @Option(names = "--profiles", paramLabel = "DIR", description = "附加的地区口径目录（<口径>/profile.yaml）")
    @Nullable
    Path profiles;

    @Option(names = "--rules", paramLabel = "DIR", description = "附加或替换的勾稽规则集目录（<规则集>/*.yaml）")
    @Nullable
    Path rules;

    @Option(names = "--verbose", description = "出错时显示程序调用栈")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    private @Nullable Definitions definitions;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec().commandLine(), "请指定子命令：build、validate、template、import 或 profiles");
    }

    CommandLine.Model.CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the spec");
        }
        return spec;
    }

    /** Returns the definitions, loading them on first use. */
    Definitions definitions() {
        if (definitions == null) {
            definitions = Definitions.load(catalogs, profiles, rules);
        }
        return definitions;
    }

    /**
     * Checks that a profile exists, as a usage error naming the profiles there are.
     *
     * @throws CommandLine.ParameterException if there is no such profile
     */
    void requireProfile(CommandLine line, String id) {
        if (!definitions().profileIds().contains(id)) {
            throw new CommandLine.ParameterException(
                    line,
                    "没有名为“" + id + "”的地区口径，可选：" + String.join("、", definitions().profileIds()));
        }
    }

    /** Returns a configured command line writing to the given streams. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new JuesuanCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter errors = line.getErr();
            JuesuanCommand root = line.getCommandSpec().root().userObject() instanceof JuesuanCommand
                    ? (JuesuanCommand) line.getCommandSpec().root().userObject()
                    : null;
            boolean verbose = root != null && root.verbose;
            int code;
            if (exception instanceof ValidationFailedException) {
                ValidationFailedException failed = (ValidationFailedException) exception;
                errors.print(new FindingsFormatter().text(failed.findings()));
                errors.println("无法完成：" + failed.getMessage());
                code = Main.ExitCode.INVALID;
            } else if (exception instanceof UnableToReadInputException || exception instanceof DefinitionException) {
                DisclosureException failure = (DisclosureException) exception;
                errors.println("无法完成：" + failure.getMessage());
                errors.print(new IssueFormatter().format(failure.issues()));
                code = Main.ExitCode.UNREADABLE;
            } else if (exception instanceof ProofFailedException) {
                errors.println("无法完成：" + exception.getMessage());
                code = Main.ExitCode.PROOF_FAILED;
            } else if (exception instanceof UncheckedIOException) {
                errors.println("读写文件失败：" + exception.getMessage() + "（"
                        + exception.getCause().getMessage() + "）");
                code = Main.ExitCode.FAILURE;
            } else {
                errors.println("内部错误：" + exception);
                code = Main.ExitCode.FAILURE;
            }
            if (verbose) {
                exception.printStackTrace(errors);
            }
            errors.flush();
            return code;
        });
        return commandLine;
    }
}
