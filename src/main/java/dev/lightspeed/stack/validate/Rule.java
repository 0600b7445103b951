package dev.lightspeed.stack.validate;

/**
 * One check over a stack ({@link dev.lightspeed.stack.model.StackModel}). Rules add problems to the context and never
 * throw. The shared rules are {@link Validator}'s; {@code generate} adds the rules only a declaration needs, the
 * run.yaml reader those only a file needs ({@link Validator#validate(dev.lightspeed.stack.model.StackModel, Policy,
 * dev.lightspeed.stack.problem.Problems, java.util.List)}).
 */
public interface Rule {

    void check(RuleContext ctx);
}
