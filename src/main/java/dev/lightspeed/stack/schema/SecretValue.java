package dev.lightspeed.stack.schema;

import dev.lightspeed.stack.yaml.YScalar;

/** A value found in a field that the provider's schema marks secret ({@code writeOnly}, llama-stack's SecretStr). */
public record SecretValue(String path, String field, YScalar value) {
}
