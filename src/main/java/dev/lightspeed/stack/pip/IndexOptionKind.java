package dev.lightspeed.stack.pip;

/** The pip options llama-stack puts into its {@code pip_packages} strings. */
public enum IndexOptionKind {
    /** {@code --index-url URL} / {@code -i URL}: the line's packages come from this index instead of PyPI. */
    INDEX_URL,
    /** {@code --extra-index-url URL}: the line's packages may also come from this index. */
    EXTRA_INDEX_URL,
    /** {@code --no-deps}: install without dependencies (not expressible in a dependency group). */
    NO_DEPS
}
