package dev.lightspeed.stack.model;

/**
 * How a user allows an unsupported provider for a stack, so fixes name the right thing: an {@code allowUnsupported}
 * entry of the declaration, or the {@code <allowUnsupported>} parameter of the validate goal.
 */
public enum AllowHint {
    DECLARATION,
    PARAMETER;

    /** The exact text to add to allow {@code providerType}. */
    public String entry(String providerType) {
        return this == DECLARATION
                ? "'allowUnsupported: [{type: " + providerType + ", reason: \"<why this exception is accepted>\"}]'"
                : "<allowUnsupported><allowUnsupported>" + providerType + "</allowUnsupported></allowUnsupported>"
                        + " (or -Dlightspeed.allowUnsupported=" + providerType + ")";
    }
}
