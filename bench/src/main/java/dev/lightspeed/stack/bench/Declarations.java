package dev.lightspeed.stack.bench;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.PyprojectMode;
import dev.lightspeed.stack.generate.PyprojectTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The benchmark declarations ({@code declarations/providers-<n>.yaml}) and the requests built from them. */
public final class Declarations {

    private Declarations() {
    }

    /** The bytes of the declaration with {@code providers} providers (10 or 40). */
    public static byte[] bytes(int providers) {
        String name = "/declarations/providers-" + providers + ".yaml";
        try (InputStream in = Declarations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark declaration " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** run.yaml + the llslibdev fragment into {@code out} (the fragment mode needs no pyproject.toml). */
    public static GenerateRequest request(int providers, Path out) {
        return new GenerateRequest(bytes(providers), "src/main/lightspeed/stack.yaml", null, List.of(), out, false,
                new PyprojectTarget(out.resolve("pyproject.toml"), "pyproject.toml", out, PyprojectMode.FRAGMENT));
    }
}
