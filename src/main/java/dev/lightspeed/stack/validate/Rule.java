package dev.lightspeed.stack.validate;

/** One check over a stack. Rules add problems to the context and never throw. Internal to the plugin. */
interface Rule {

    /** The rule ids this rule reports, as documented in the README. */
    String id();

    void check(RuleContext ctx);
}
