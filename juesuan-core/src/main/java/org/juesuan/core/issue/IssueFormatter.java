package org.juesuan.core.issue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.source.SourceRef;

/**
 * Formats issues for a terminal (问题列表): one line per issue with its position, and for a position in a text file
 * the offending line with a caret under the column, as compilers do.
 *
 * <pre>
 * 错误 DATASET_UNKNOWN_CODE dataset.yaml:12:11: 2024 年支出功能分类科目中没有 2019999
 *     12 |   - code: 2019999
 *        |           ^
 * </pre>
 *
 * <p>Not thread-safe: it caches the lines of the files it has read.
 */
public final class IssueFormatter {

    private final Map<String, List<String>> files = new HashMap<>();

    /** Returns every issue, sorted by location, with snippets, and a last line for dropped issues. */
    public String format(Issues issues) {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues.sorted()) {
            text.append(format(issue));
        }
        if (issues.dropped() > 0) {
            text.append("……另有 ").append(issues.dropped()).append(" 个问题未列出\n");
        }
        return text.toString();
    }

    /** Returns one issue with its snippet, ending with a line break. */
    public String format(Issue issue) {
        StringBuilder text = new StringBuilder(issue.toString()).append('\n');
        if (issue.where() instanceof SourceRef.Text) {
            SourceRef.Text at = (SourceRef.Text) issue.where();
            List<String> lines = lines(at.file());
            if (at.line() >= 1 && at.line() <= lines.size()) {
                String line = lines.get(at.line() - 1);
                String number = Integer.toString(at.line());
                text.append("    ").append(number).append(" | ").append(line).append('\n');
                text.append("    ").append(" ".repeat(number.length())).append(" | ");
                // keep tabs and wide characters aligned: copy tabs, pad CJK with two spaces
                int column = Math.min(at.column() - 1, line.length());
                for (int i = 0; i < column; i++) {
                    char c = line.charAt(i);
                    text.append(c == '\t' ? "\t" : c > 0x2E80 ? "  " : " ");
                }
                text.append("^\n");
            }
        }
        return text.toString();
    }

    private List<String> lines(String file) {
        return files.computeIfAbsent(file, name -> {
            try {
                Path path = Path.of(name);
                return Files.isRegularFile(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }
}
