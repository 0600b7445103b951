package dev.lightspeed.stack.schema;

/**
 * How strictly {@link ConfigSchemaChecker} reads a config.
 * <ul>
 *   <li>{@code STRICT}: our policy. Unknown fields are errors, values must have the schema's type (an int where a
 *   string belongs must be quoted), only int → float is allowed.</li>
 *   <li>{@code PYDANTIC}: what llama-stack accepts at start-up: pydantic's lax coercions ("8321" → int, "yes" →
 *   bool, 1.0 → int), unknown fields ignored (a warning) unless the model forbids extras.</li>
 * </ul>
 */
public enum CheckMode {
    STRICT,
    PYDANTIC
}
