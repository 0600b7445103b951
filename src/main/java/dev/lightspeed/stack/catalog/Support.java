package dev.lightspeed.stack.catalog;

/**
 * Whether Lightspeed Core supports a provider, and why we say so ("seed: Inference Providers, row openai (remote)",
 * "not listed in the seed's tables", "company policy: …").
 */
public record Support(boolean supported, String note) {

    public String label() {
        return supported ? "supported" : "unsupported";
    }
}
