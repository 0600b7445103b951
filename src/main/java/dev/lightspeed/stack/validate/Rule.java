package dev.lightspeed.stack.validate;

/** One check over a stack. Rules add problems to the context and never throw. Internal to the plugin. */
interface Rule {

    void check(RuleContext ctx);
}
