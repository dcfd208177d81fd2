package org.juesuan.audit.claims;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.issue.Issue;

/**
 * What a published narrative states (情况说明所述内容): its figures under the claim keys a transcribed dataset uses,
 * the statements found anywhere in it, and what could not be read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claims the figures by key, each at the number in the document (yuan for amounts, percent points as
 *     printed for percentages, signed for changes: 减少4.69万元 is −46900.00)
 * @param statements the change, share, completion and list statements, in document order
 * @param issues what could not be read: a figure stated twice with different values, a number that does not parse
 */
public record NarrativeClaims(
        Map<NarrativeClaim, Published.Claim> claims, List<Statement> statements, List<Issue> issues) {

    /** Creates the claims of a narrative. */
    public NarrativeClaims {
        EnumMap<NarrativeClaim, Published.Claim> copy = new EnumMap<>(NarrativeClaim.class);
        copy.putAll(claims);
        claims = Collections.unmodifiableMap(copy);
        statements = List.copyOf(statements);
        issues = List.copyOf(issues);
    }

    /** Returns the figure stated for a key, if the narrative states it. */
    public Optional<Published.Claim> claim(NarrativeClaim key) {
        return Optional.ofNullable(claims.get(key));
    }

    /** Returns the statements of one kind, in document order. */
    public <T extends Statement> List<T> statements(Class<T> kind) {
        return statements.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
