package dev.lightspeed.stack.pip;

import java.util.Objects;

/**
 * One pip option of a {@link PipLine}: an index URL ({@link IndexOptionKind#INDEX_URL},
 * {@link IndexOptionKind#EXTRA_INDEX_URL}) or {@link IndexOptionKind#NO_DEPS}, whose value is null.
 */
public record IndexOption(IndexOptionKind kind, String value) {

    public IndexOption {
        Objects.requireNonNull(kind, "kind");
        if (kind == IndexOptionKind.NO_DEPS ? value != null : value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + (kind == IndexOptionKind.NO_DEPS
                    ? " takes no value" : " needs a URL"));
        }
    }

    /** True for the two kinds that name an index. */
    public boolean isIndex() {
        return kind != IndexOptionKind.NO_DEPS;
    }

    /** The option as pip spells it: {@code --extra-index-url https://…}. */
    public String toPipText() {
        return switch (kind) {
            case INDEX_URL -> "--index-url " + value;
            case EXTRA_INDEX_URL -> "--extra-index-url " + value;
            case NO_DEPS -> "--no-deps";
        };
    }
}
