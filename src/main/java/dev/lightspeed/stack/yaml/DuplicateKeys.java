package dev.lightspeed.stack.yaml;

/** What a duplicate mapping key is: an error (our policy) or, as PyYAML does, the last value wins (a warning). */
public enum DuplicateKeys {
    ERROR,
    LAST_WINS
}
