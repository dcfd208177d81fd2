package org.juesuan.core.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a YAML or JSON document, with the position it was read from.
 *
 * <p>The tree keeps scalars as the text that was written (a number stays {@code "265.18"}, never a binary double),
 * and mappings in document order. Binders turn trees into domain values and report problems at the node's position.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

    /** Returns where the node starts. */
    SourceRef ref();

    /** Returns a short Chinese description of the node's kind, for messages (“文本”, “映射”, “列表”). */
    String kindLabel();

    /** The kind of a scalar as the document wrote it. */
    enum ScalarKind {
        /** Quoted or plain text. */
        STRING,
        /** A number literal, kept as written. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}, {@code ~} or nothing. */
        NULL
    }

    /**
     * A scalar value, kept as text.
     *
     * @param text the text as written (empty for null)
     * @param kind the literal kind
     * @param ref the position
     */
    record Scalar(String text, ScalarKind kind, SourceRef ref) implements Node {
        /** Creates a scalar. */
        public Scalar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(ref, "ref");
        }

        /** Returns whether the scalar is null or empty text. */
        public boolean isBlank() {
            return kind == ScalarKind.NULL || text.isBlank();
        }

        @Override
        public String kindLabel() {
            return kind == ScalarKind.NUMBER ? "数字" : kind == ScalarKind.NULL ? "空值" : "文本";
        }
    }

    /**
     * A key of a mapping with its value.
     *
     * @param key the key text
     * @param keyRef the position of the key
     * @param value the value
     */
    record Entry(String key, SourceRef keyRef, Node value) {
        /** Creates an entry. */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyRef, "keyRef");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A mapping, in document order; keys are unique (the reader reports duplicates).
     *
     * @param entries the entries
     * @param ref the position
     */
    record Mapping(List<Entry> entries, SourceRef ref) implements Node {
        /** Creates a mapping. */
        public Mapping {
            entries = List.copyOf(entries);
            Objects.requireNonNull(ref, "ref");
        }

        /** Returns the entry with the given key. */
        public Optional<Entry> entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        /** Returns the value of the given key. */
        public Optional<Node> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String kindLabel() {
            return "映射";
        }
    }

    /**
     * A sequence, in document order.
     *
     * @param items the items
     * @param ref the position
     */
    record Sequence(List<Node> items, SourceRef ref) implements Node {
        /** Creates a sequence. */
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(ref, "ref");
        }

        @Override
        public String kindLabel() {
            return "列表";
        }
    }
}
