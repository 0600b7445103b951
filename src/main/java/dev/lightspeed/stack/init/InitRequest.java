package dev.lightspeed.stack.init;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link StarterInit} needs: where the declaration goes and how messages name it, the target release, the
 * provider types ({@code type}, or {@code type@api} for a type that exists under several APIs; empty for
 * {@link StarterDeclaration#DEFAULT_PROVIDERS}), the stack's {@code distribution}, and whether an existing
 * declaration is overwritten.
 */
public record InitRequest(Path declaration, String declarationName, String llamaStack, List<String> providers,
        String distribution, boolean force) {

    public InitRequest {
        providers = providers == null ? List.of() : providers.stream().map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }
}
