package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.schema.CheckMode;

/**
 * Which rules are errors. {@link #LCS} is the plugin's own policy (what {@code generate} always uses and what
 * {@code validate} uses by default): Lightspeed Core's support table, unknown fields, malformed environment
 * references, literal secrets and the Azure Entra ID rules are errors. {@link #LLAMA_STACK} gives llama-stack's own
 * start-up verdict: only what would stop llama-stack is an error, the rest are warnings.
 *
 * @param lcs                  whether LCS's policy rules are errors (otherwise warnings)
 * @param configMode           how provider configs are read
 * @param allowLiteralSecrets  whether a literal value in a secret field is accepted (a warning)
 */
public record Policy(boolean lcs, CheckMode configMode, boolean allowLiteralSecrets) {

    public static final Policy LCS = new Policy(true, CheckMode.STRICT, false);
    public static final Policy LLAMA_STACK = new Policy(false, CheckMode.PYDANTIC, true);

    public Policy withAllowLiteralSecrets(boolean allow) {
        return new Policy(lcs, configMode, allow);
    }
}
