package dev.lightspeed.stack.catalog;

/**
 * One PEP 508 requirement of a provider, with the pip options that llama-stack wrote on the same line.
 *
 * @param requirement    canonical PEP 508 text, e.g. {@code torchao>=0.12.0}
 * @param indexUrl       {@code --index-url} of its line, or null
 * @param extraIndexUrl  {@code --extra-index-url} of its line, or null
 * @param noDeps         whether its line carried {@code --no-deps}
 */
public record CatalogRequirement(String requirement, String indexUrl, String extraIndexUrl, boolean noDeps) {
}
