package dev.lightspeed.stack.listing;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code list-providers} was asked for.
 *
 * @param llamaStack the release, e.g. {@code 0.3.5}
 * @param api        only this API, or null/blank for all
 * @param format     {@code table} or {@code json}
 * @param catalogs   user catalog files to overlay, in order
 */
public record ListRequest(String llamaStack, String api, String format, List<Path> catalogs) {

    public ListRequest {
        catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
    }
}
