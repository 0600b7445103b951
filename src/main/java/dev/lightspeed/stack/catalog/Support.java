package dev.lightspeed.stack.catalog;

/**
 * Whether Lightspeed Core supports a provider, and why we say so, in words a user can follow up: "LCS providers table
 * (docs/providers.md at 4ceb0519), inference row 'bedrock': not supported", "company policy: …".
 */
public record Support(boolean supported, String note) {

    public String label() {
        return supported ? "supported" : "unsupported";
    }
}
