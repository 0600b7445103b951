package dev.lightspeed.stack.schema;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Shared, thread-safe Jackson mappers. */
final class Mappers {
    static final ObjectMapper JSON = new ObjectMapper();

    private Mappers() {
    }
}
