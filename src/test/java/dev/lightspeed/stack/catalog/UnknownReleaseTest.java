package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnknownReleaseTest {

    @Test
    void namesNoProductForTheUnknownOneAndEachProductOnceForTheBundled() {
        assertEquals("unknown release '1.0.9'; bundled: OGX 1.0.2, llama-stack 0.6.0, 0.5.2, 0.4.3, 0.3.5, 0.2.22",
                UnknownRelease.message("1.0.9"));
    }

    @Test
    void theFixListsTheReleasesAsTheUserWritesThem() {
        assertEquals("use one of 1.0.2, 0.6.0, 0.5.2, 0.4.3, 0.3.5, 0.2.22 (did you mean 0.3.5?)",
                UnknownRelease.fix("0.3.6"));
        assertEquals("use one of 1.0.2, 0.6.0, 0.5.2, 0.4.3, 0.3.5, 0.2.22", UnknownRelease.fix("banana"));
    }
}
