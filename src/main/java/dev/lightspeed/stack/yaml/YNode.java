package dev.lightspeed.stack.yaml;

import dev.lightspeed.stack.problem.Location;

/**
 * A YAML node that remembers where it stands in its file. Produced by {@link SafeYamlReader}; scalars keep the type
 * the YAML 1.1 resolver (the one PyYAML uses) gives them, so {@code 8321} is an int and {@code "8321"} a string.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {

    Location location();

    /** A short word for messages: {@code mapping}, {@code list}, {@code string}, {@code integer}, … */
    String kind();

    /** The node as plain Java values: LinkedHashMap, List, String, Long/BigInteger, Double, Boolean or null. */
    Object toPlain();
}
