package org.juesuan.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point of the {@code juesuan} command (命令行入口). */
public final class Main {

    private Main() {}

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        // POI logs through Log4j's API; without a binding it prints a warning on every run
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = JuesuanCommand.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Returns the exit code of running the command with the given streams, for tests. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return JuesuanCommand.commandLine(out, err).execute(args);
    }

    /** Exit codes (退出码). */
    static final class ExitCode {
        /** Success. */
        static final int OK = CommandLine.ExitCode.OK;
        /** An unexpected failure. */
        static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
        /** Wrong command-line usage. */
        static final int USAGE = CommandLine.ExitCode.USAGE;
        /** Validation found errors. */
        static final int INVALID = 3;
        /** The input could not be read. */
        static final int UNREADABLE = 4;
        /** A rendered file did not show the derived figures (a defect of Juesuan). */
        static final int PROOF_FAILED = 5;

        private ExitCode() {}
    }
}
