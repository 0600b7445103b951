package dev.lightspeed.stack.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link ParserFreeGenerateTest} in a fresh JVM that logs every class it loads: generates the declaration
 * given as the first argument with the bundled catalogs and prints how many outputs and error problems it gave.
 */
public final class ParserFreeGenerateMain {

    private ParserFreeGenerateMain() {
    }

    public static void main(String[] args) throws Exception {
        Path declaration = Path.of(args[0]);
        GenerateResult r = new StackGenerator().generate(new GenerateRequest(Files.readAllBytes(declaration),
                declaration.toString(), null, List.of(), Path.of("target"), false));
        long errors = 0;
        for (var p : r.problems()) {
            if (p.isError()) {
                errors++;
            }
        }
        System.out.println("== outputs " + r.outputs().size() + ", errors " + errors);
    }
}
