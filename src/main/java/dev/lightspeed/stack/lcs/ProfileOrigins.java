package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;
import java.util.Optional;

/**
 * Where the operator wrote what a profile holds. A hand-written profile is its own source ({@link #NONE}: its lines
 * are the operator's); a run.yaml that {@code generate} is about to write is not: its providers come from the
 * declaration, so a warning about one of them goes to the declaration's entry.
 */
@FunctionalInterface
public interface ProfileOrigins {

    /** The profile is the operator's own file. */
    ProfileOrigins NONE = new ProfileOrigins() {
        @Override
        public Optional<Location> provider(String api, String providerId, String path) {
            return Optional.empty();
        }

        @Override
        public boolean generated() {
            return false;
        }
    };

    /**
     * Where the provider the profile holds at {@code path} (e.g. {@code providers.inference[0]}) as
     * {@code api}/{@code providerId} was written, or empty when no operator's line holds it.
     */
    Optional<Location> provider(String api, String providerId, String path);

    /** True when the profile is generated (its own lines are nobody's to fix). */
    default boolean generated() {
        return true;
    }
}
