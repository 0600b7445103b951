package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.schema.EnvReference;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;

/**
 * {@code env-switched-provider}: a bare {@code ${env.Y}} in the config of a provider switched by
 * {@code provider_id: ${env.X:+id}}. llama-stack's {@code replace_env_vars} (core/stack.py, 0.2.22 to 0.6.0 and
 * OGX 1.0.2) skips the expansion of a provider only when its id resolves to {@code __disabled__}; a provider whose
 * id resolves empty is expanded like any other and only dropped afterwards ({@code validate_and_prepare_providers}),
 * so an unset Y raises {@code EnvVarError} and the stack does not start. The verdict is for the smallest environment
 * the file needs: bare references outside switched-off providers set, every {@code :=}/{@code :+} variable unset;
 * so X is unset and Y is needed unless a bare reference outside such providers sets it anyway. A start-up failure,
 * so an error under both policies. A run.yaml's switched-off providers are not in the model (llama-stack drops them):
 * the run.yaml reader calls {@link #check} itself; a declaration's are, and this rule finds them.
 */
public final class SwitchedProviderEnvRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        List<ProviderInstance> off = new ArrayList<>();
        for (ProviderInstance p : ctx.model().providers()) {
            if (switchedOff(p)) {
                off.add(p);
            }
        }
        if (off.isEmpty()) {
            return;
        }
        Set<String> set = new LinkedHashSet<>();
        for (ProviderInstance p : ctx.model().providers()) {
            if (!switchedOff(p)) {
                bare(p.config(), "", (name, where) -> set.add(name));
            }
        }
        check(off, set, ctx.out());
    }

    /** A provider whose id is {@code ${env.X:+id}} (or {@code ${env.X:=}}): empty in the smallest environment. */
    public static boolean switchedOff(ProviderInstance p) {
        return p.providerId() != null && EnvReference.emptyWhenUnset(p.providerId());
    }

    /**
     * Reports each bare reference in the configs of {@code switchedOff} (their ids as written) whose variable is
     * not in {@code setElsewhere}, the variables referenced bare where llama-stack expands them anyway.
     */
    public static void check(List<ProviderInstance> switchedOff, Set<String> setElsewhere, Problems out) {
        for (ProviderInstance p : switchedOff) {
            Matcher id = EnvReference.PATTERN.matcher(p.providerId());
            String x = id.matches() ? id.group(1) : "?";
            bare(p.config(), p.path() + ".config", (name, where) -> {
                if (!setElsewhere.contains(name)) {
                    String breaks = name.equals(x) ? "so the switch cannot switch it off: with " + x + " unset"
                            + " the stack does not start" : "so with " + x + " unset the stack does not start unless "
                            + name + " is set, and with " + x + " set it needs " + name + " too";
                    out.error(RuleId.ENV_SWITCHED_PROVIDER, where.location(), where.path(), "${env." + name + "} is"
                            + " required although the provider is switched by 'provider_id: " + p.providerId()
                            + "': the stack expands the config of a provider whose id resolves empty (only"
                            + " '__disabled__' skips it: replace_env_vars in core/stack.py), " + breaks
                            + " (\"Environment variable '" + name + "' not set or empty\")",
                            "write '${env." + name + ":=}' (empty when " + name + " is unset), or a default:"
                            + " '${env." + name + ":=<value>}'");
                }
            });
        }
    }

    /** Where a bare reference stands. */
    public record Found(YScalar scalar, String path) {
        Location location() {
            return scalar.location();
        }
    }

    /** Calls {@code found} with each variable referenced bare ({@code ${env.Y}}) under {@code n}. */
    public static void bare(YNode n, String path, BiConsumer<String, Found> found) {
        if (n instanceof YMap m) {
            for (YMap.Entry e : m.entries().values()) {
                bare(e.value(), path.isEmpty() ? e.key() : path + "." + e.key(), found);
            }
        } else if (n instanceof YSeq s) {
            for (int i = 0; i < s.items().size(); i++) {
                bare(s.items().get(i), path + "[" + i + "]", found);
            }
        } else if (n instanceof YScalar sc && sc.isString() && sc.text().contains("${env.")) {
            Matcher m = EnvReference.PATTERN.matcher(sc.text());
            while (m.find()) {
                if (m.group(2) == null) {
                    found.accept(m.group(1), new Found(sc, path));
                }
            }
        }
    }
}
