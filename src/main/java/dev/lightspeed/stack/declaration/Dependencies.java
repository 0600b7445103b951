package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.problem.Location;
import java.util.List;
import java.util.Map;

/**
 * The declaration's {@code dependencies:} section, for the llslibdev group.
 *
 * @param constraints       package → PEP 440 specifier, in declaration order
 * @param constraintWhere   where each constraint is
 * @param extras            more PEP 508 requirements
 * @param extraWhere        where each extra's text starts (after an opening quote), in the order of {@code extras}
 * @param exclude           package names to leave out
 */
public record Dependencies(Map<String, String> constraints, Map<String, Location> constraintWhere,
        List<String> extras, List<Location> extraWhere, List<String> exclude) {

    public static final Dependencies NONE = new Dependencies(Map.of(), Map.of(), List.of(), List.of(), List.of());

    /** Where extra {@code i} starts, or {@code fallback} when that is not known. */
    public Location extraWhere(int i, Location fallback) {
        return i < extraWhere.size() ? extraWhere.get(i) : fallback;
    }
}
