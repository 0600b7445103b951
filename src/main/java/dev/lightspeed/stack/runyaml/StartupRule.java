package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import dev.lightspeed.stack.yaml.YMap;

/**
 * A file rule that judges what llama-stack decides at start-up: it sees the run.yaml as llama-stack reads it
 * ({@link StackModel#run()}) and which APIs the stack serves ({@link StartupChecks#served(StackModel)}).
 */
interface StartupRule extends Rule {

    @Override
    default void check(RuleContext ctx) {
        StackModel m = ctx.model();
        check(m.run(), m.catalog(), StartupChecks.served(m), ctx.out());
    }

    void check(YMap resolved, Catalog catalog, StartupChecks.Served served, Problems out);
}
