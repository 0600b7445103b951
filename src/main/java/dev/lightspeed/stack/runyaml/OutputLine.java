package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.problem.Severity;

/** One line for the build log, with the level to log it at. */
public record OutputLine(Severity level, String text) {
}
