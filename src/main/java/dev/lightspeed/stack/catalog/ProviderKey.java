package dev.lightspeed.stack.catalog;

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

    @Override
    public String toString() {
        return api + " " + providerType;
    }
}
