package dev.lightspeed.stack.catalog;

import java.util.Objects;

/** The key of a provider in a release: the API it serves and its {@code provider_type}. */
public record ProviderKey(String api, String providerType) implements Comparable<ProviderKey> {

    /** The part after {@code inline::} / {@code remote::}. */
    public static String nameOf(String providerType) {
        int i = providerType.indexOf("::");
        return i < 0 ? providerType : providerType.substring(i + 2);
    }

    @Override
    public int compareTo(ProviderKey o) {
        int c = api.compareTo(o.api);
        return c != 0 ? c : providerType.compareTo(o.providerType);
    }

    // equals and hashCode written out (the record's own, same values): a record's generated ones are bootstrapped
    // through java.lang.invoke on first use, some 40 classes on a build's first call
    @Override
    public boolean equals(Object o) {
        return o instanceof ProviderKey k && Objects.equals(api, k.api) && Objects.equals(providerType, k.providerType);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(api) + Objects.hashCode(providerType);
    }

    @Override
    public String toString() {
        return api + " " + providerType;
    }
}
