package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LCS's {@code enrich_solr}: when {@code okp} is listed in {@code rag.inline} or {@code rag.tool}, the OKP Solr
 * vector_io provider, its vector store and embedding model (from the bundled {@code okp-solr.yaml}, LCS's constants),
 * and {@code okp.search_mode} as {@code vector_stores.chunk_retrieval_params.default_search_mode}.
 */
final class OkpEnrichment {

    private static final YMap TEMPLATE = template();
    private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env\\.[A-Za-z0-9_]+:=([^}]*)}");

    private OkpEnrichment() {
    }

    private static YMap template() {
        try (InputStream in = OkpEnrichment.class.getResourceAsStream("okp-solr.yaml")) {
            return (YMap) new SafeYamlReader().read(in.readAllBytes(), "okp-solr.yaml").root().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void enrich(Tree.Map ls, Tree.Map rag, Tree.Map okp) {
        Object inline = rag.get("inline");
        Object tool = rag.get("tool");
        Location cause = listed(inline) ? Tree.location(inline) : listed(tool) ? Tree.location(tool) : null;
        if (cause == null) {
            return;
        }
        Tree.Seq vectorIo = Nodes.childSeq(Nodes.childMap(ls, "providers", "providers"), "vector_io",
                "providers.vector_io");
        if (vectorIo.items.stream().noneMatch(p -> p instanceof Tree.Map m
                && Tree.plainEquals(m.get("provider_id"), "okp_solr"))) {
            Tree.Map provider = part("provider", cause);
            Tree.Map config = (Tree.Map) provider.get("config");
            config.put("solr_url", Tree.str(solrUrl(okp.get("rhokp_url")), cause), cause);
            Object userFilter = okp.get("chunk_filter_query");
            if (Tree.truthy(userFilter)) {
                ((Tree.Map) config.get("chunk_window_config")).put("chunk_filter_query",
                        Tree.str("is_chunk:true AND " + Tree.text(userFilter), Tree.location(userFilter)), cause);
            }
            vectorIo.items.add(provider);
        }
        Tree.Map registered = Nodes.childMap(ls, "registered_resources", "registered_resources");
        Tree.Seq stores = Nodes.childSeq(registered, "vector_stores", "registered_resources.vector_stores");
        if (stores.items.stream().noneMatch(s -> Tree.plainEquals(((Tree.Map) s).get("vector_store_id"),
                "portal-rag"))) {
            stores.items.add(part("vector_store", cause));
        }
        Tree.Seq models = Nodes.childSeq(registered, "models", "registered_resources.models");
        if (models.items.stream().noneMatch(m -> Tree.plainEquals(((Tree.Map) m).get("provider_model_id"),
                "ibm-granite/granite-embedding-30m-english"))) {
            models.items.add(part("model", cause));
        }
        Object mode = okp.get("search_mode");
        if (Tree.truthy(mode)) {
            String m = Tree.text(mode);
            m = m.equals("lexical") ? "keyword" : m.equals("semantic") ? "vector" : m;
            Tree.Map params = Nodes.childMap(Nodes.childMap(ls, "vector_stores", "vector_stores"),
                    "chunk_retrieval_params", "vector_stores.chunk_retrieval_params");
            params.put("default_search_mode", Tree.str(m, Tree.location(mode)), Tree.location(mode));
        }
    }

    private static boolean listed(Object ids) {
        return ids instanceof Tree.Seq s && s.items.stream().anyMatch(i -> Tree.plainEquals(i, "okp"));
    }

    private static Tree.Map part(String key, Location where) {
        return (Tree.Map) Tree.of(YNodes.fromPlain(TEMPLATE.get(key).orElseThrow().toPlain(), where));
    }

    /**
     * {@code urljoin(replace_env_vars(url), "/solr")}: the scheme and host of the URL with the path /solr. An
     * environment reference with a default counts as its default (the variable is not known at build time).
     */
    static String solrUrl(Object rhokpUrl) {
        String raw = rhokpUrl == null || Tree.plain(rhokpUrl) == null ? "http://localhost:8081"
                : String.valueOf(Tree.plain(rhokpUrl));
        Matcher m = ENV_DEFAULT.matcher(raw);
        String base = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        int scheme = base.indexOf("://");
        if (scheme < 0) {
            return "/solr";
        }
        int slash = base.indexOf('/', scheme + 3);
        return (slash < 0 ? base : base.substring(0, slash)) + "/solr";
    }
}
