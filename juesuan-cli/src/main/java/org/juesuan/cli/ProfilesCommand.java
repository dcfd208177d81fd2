package org.juesuan.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code juesuan profiles}: lists the regional profiles (列出地区口径). */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "列出可用的地区口径。")
final class ProfilesCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @Override
    public Integer call() {
        JuesuanCommand parent = Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("profiles");
        for (String id : parent.definitions().profileIds()) {
            Result<Profile> profile = parent.definitions().profile(id);
            line.getOut()
                    .println(id + "\t"
                            + profile.value()
                                    .map(p -> p.name() + "（" + p.tables().size() + " 张表）")
                                    .orElse("（有误，无法使用）"));
        }
        return Main.ExitCode.OK;
    }
}
