package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the malformed-input corpus of {@code src/test/resources/validate/corpus/} deterministically (same bytes on
 * every run and JVM): name → content. Names starting with {@code old-} are 0.2.22 files; all others are checked as
 * 0.3.5. Every entry must fail the LCS policy with a positioned error. Big inputs (10 MB, deep nesting) are not here:
 * {@link MalformedCorpusTest} makes them at test time.
 */
final class CorpusGenerator {

    private final Map<String, byte[]> out = new LinkedHashMap<>();
    private final String base = RunYamlFixture.minimal("0.3.5");
    private final String old = RunYamlFixture.minimal("0.2.22");

    static Map<String, byte[]> generate() {
        CorpusGenerator g = new CorpusGenerator();
        g.syntax();
        g.tabs();
        g.duplicates();
        g.aliases();
        g.encodings();
        g.emptyish();
        g.wrongTypes();
        g.missingKeys();
        g.unknownNames();
        g.envReferences();
        g.releaseKeys();
        g.storage();
        g.unknownFields();
        return g.out;
    }

    private void add(String name, String text) {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void add(String name, byte[] bytes) {
        String n = name.replaceAll("[^A-Za-z0-9._-]+", "_") + (name.endsWith(".yaml") ? "" : ".yaml");
        if (out.put(n, bytes) != null) {
            throw new IllegalStateException("duplicate corpus name " + n);
        }
    }

    private void syntax() {
        String[][] edits = {
                {"image_name: minimal", "image_name: 'minimal"},
                {"image_name: minimal", "image_name: \"minimal"},
                {"image_name: minimal", "image_name: [minimal"},
                {"image_name: minimal", "image_name: {minimal"},
                {"image_name: minimal", "image_name: [minimal]]"},
                {"image_name: minimal", "image_name: {a: 1}}"},
                {"image_name: minimal", "image_name: a: b"},
                {"image_name: minimal", "image_name: *undefined"},
                {"image_name: minimal", "image_name: &a"},
                {"image_name: minimal", "image_name: !!python/object:os.system 'x'"},
                {"image_name: minimal", "image_name: @reserved"},
                {"image_name: minimal", "image_name: `reserved"},
                {"image_name: minimal", "image_name: |\nno indent"},
                {"image_name: minimal", "image_name: >\n- x\n  y: z"},
                {"image_name: minimal", "image_name:minimal: x: y"},
                {"- inference\n", "- inference\n  - nested wrong\n"},
                {"- vector_io\n", "- vector_io\n -  vector_io\n"},
                {"providers:\n", "providers:\n   inference: []\n  bad: indentation\n"},
                {"  inference:\n", "  inference:\n    provider_id: openai\n  - x\n"},
                {"    provider_type: remote::openai\n", "   provider_type: remote::openai\n"},
                {"    config:\n      api_key", "    config:\n        api_key"},
                {"  port: 8321", "  port: 8321\n port: 1"},
                {"server:\n", "server\n"},
                {"storage:\n", "storage: :\n"},
                {"registered_resources:\n", "? [complex, key]\n: value\nregistered_resources:\n"},
                {"version: 2\n", "%YAML 1.1\nversion: 2\n"},
                {"version: 2\n", "version: 2\n--- \nimage_name: second\n"},
                {"version: 2\n", "version: 2\n...\nimage_name: x\n"},
                {"image_name: minimal", "image_name: \"bad \\qescape\""},
                {"image_name: minimal", "image_name: 'it''s' trailing"},
                {"image_name: minimal", "image_name: {a: 1, a}"},
                {"image_name: minimal", "image_name: [a, b,, c]"},
        };
        for (int i = 0; i < edits.length; i++) {
            add(String.format("syntax-%02d", i), RunYamlFixture.edit(base, edits[i][0], edits[i][1]));
        }
    }

    private void tabs() {
        add("tab-indent-top", base.replace("\n  inference:", "\n\tinference:"));
        add("tab-indent-config", base.replace("\n      api_key:", "\n\t\t\tapi_key:"));
        add("tab-after-dash", base.replace("\n- inference", "\n-\tinference\n\t- x"));
        add("tab-before-key", base.replace("\nserver:", "\n\tserver:"));
        add("tab-mixed-indent", base.replace("\n    provider_type: remote::openai", "\n  \tprovider_type: remote::openai"));
        add("tab-only-indent-all", base.replace("  ", "\t"));
        add("tab-in-flow", base.replace("port: 8321", "port: 8321\n\t{a: b}"));
        add("tab-storage", base.replace("\n    kv_default:", "\n\tkv_default:"));
        add("tab-after-value", base.replace("port: 8321", "port: 8321\t"));
        add("tab-inside-value", base.replace("image_name: minimal", "image_name: mini\tmal"));
    }

    private void duplicates() {
        String[][] d = {
                {"image_name: minimal\n", "image_name: minimal\nimage_name: again\n"},
                {"version: 2\n", "version: 2\nversion: 2\n"},
                {"apis:\n", "apis: []\napis:\n"},
                {"providers:\n  inference:\n", "providers:\n  vector_io: []\n  inference:\n"},
                {"    provider_id: openai\n", "    provider_id: openai\n    provider_id: openai2\n"},
                {"    provider_type: remote::openai\n", "    provider_type: remote::openai\n    provider_type: remote::openai\n"},
                {"      api_key: ${env.OPENAI_API_KEY}\n", "      api_key: ${env.OPENAI_API_KEY}\n      api_key: ${env.X}\n"},
                {"        namespace: vector_io::faiss\n", "        namespace: vector_io::faiss\n        namespace: again\n"},
                {"    kv_default:\n", "    kv_default: {type: kv_sqlite, db_path: /tmp/x}\n    kv_default:\n"},
                {"    metadata:\n", "    metadata: {namespace: a, backend: kv_default}\n    metadata:\n"},
                {"  - model_id: gpt-4o-mini\n", "  - model_id: gpt-4o-mini\n    model_id: other\n"},
                {"  port: 8321", "  port: 8321\n  port: 8322"},
                {"server:\n", "server: {port: 1, port: 2}\nserver2:\n"},
        };
        for (int i = 0; i < d.length; i++) {
            add(String.format("duplicate-key-%02d", i), RunYamlFixture.edit(base, d[i][0], d[i][1]));
        }
    }

    private void aliases() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            for (int k = 1; k < 9; k++) {
                bomb.append(", *").append(p);
            }
            bomb.append("]\n");
        }
        add("alias-billion-laughs", bomb.toString());
        add("alias-billion-laughs-in-config", base.replace("    config:\n      api_key: ${env.OPENAI_API_KEY}\n",
                "    config:\n" + bomb.toString().lines().map(l -> "      " + l + "\n").reduce("", String::concat)));
        add("alias-recursive", "a: &a\n  b: *a\n" + base);
        add("alias-recursive-list", "x: &x [*x]\n" + base);
        add("alias-undefined", base.replace("image_name: minimal", "image_name: *nothing"));
        add("alias-merge-scalar", base.replace("server:\n", "base: &b 1\nserver:\n  <<: *b\n"));
        StringBuilder many = new StringBuilder("anchors:\n  a: &a {k: v}\n  list:\n");
        for (int i = 0; i < 60; i++) {
            many.append("  - *a\n");
        }
        add("alias-too-many", many + base);
    }

    private void encodings() {
        Random r = new Random(20251104L);
        byte[] random = new byte[4096];
        r.nextBytes(random);
        add("binary-random.yaml", random);
        byte[] nul = base.getBytes(StandardCharsets.UTF_8).clone();
        nul[40] = 0;
        add("binary-nul-inside.yaml", nul);
        add("binary-png-header.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        add("encoding-latin1.yaml", ("image_name: caf\u00e9\n" + base).getBytes(StandardCharsets.ISO_8859_1));
        add("encoding-utf16.yaml", base.getBytes(StandardCharsets.UTF_16));
        add("encoding-utf16le.yaml", base.getBytes(StandardCharsets.UTF_16LE));
        byte[] cont = concat(base.getBytes(StandardCharsets.UTF_8), new byte[] {'#', ' ', (byte) 0x80, '\n'});
        add("encoding-stray-continuation.yaml", cont);
        add("encoding-overlong.yaml", concat("image_name: ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xc0, (byte) 0xaf, '\n'}));
        add("encoding-truncated-sequence.yaml", concat(base.getBytes(StandardCharsets.UTF_8),
                new byte[] {'x', ':', ' ', (byte) 0xe2, (byte) 0x82}));
        add("encoding-cesu-surrogate.yaml", concat("a: ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'}));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private void emptyish() {
        add("empty", "");
        add("empty-whitespace", "   \n\n  \n");
        add("empty-comment-only", "# nothing here\n# at all\n");
        add("empty-document-marker", "---\n");
        add("empty-document-end", "...\n");
        add("empty-null", "null\n");
        add("empty-tilde", "~\n");
        add("root-scalar", "just a string\n");
        add("root-number", "8321\n");
        add("root-list", "- image_name: x\n- providers: {}\n");
        add("root-two-documents", base + "---\n" + base);
        add("root-empty-mapping", "{}\n");
        add("root-bool", "true\n");
    }

    /** Every typed node of the minimal file, replaced by values of the wrong type. */
    private void wrongTypes() {
        Object[][] targets = {
                {"version", "int"}, {"image_name", "str"}, {"apis", "list"}, {"apis[0]", "str"},
                {"providers", "map"}, {"providers.inference", "list"}, {"providers.inference[0]", "map"},
                {"providers.inference[0].provider_id", "str"}, {"providers.inference[0].provider_type", "str"},
                {"providers.inference[0].config", "map"}, {"providers.inference[0].config.base_url", "str"},
                {"providers.vector_io[0].config.persistence", "map"},
                {"providers.vector_io[0].config.persistence.namespace", "str"},
                {"providers.vector_io[0].config.persistence.backend", "str"},
                {"storage", "map"}, {"storage.backends", "map"}, {"storage.backends.kv_default", "map"},
                {"storage.backends.kv_default.type", "enum"}, {"storage.backends.kv_default.db_path", "str"},
                {"storage.backends.sql_default.type", "enum"}, {"storage.stores", "map"},
                {"storage.stores.metadata", "map"}, {"storage.stores.metadata.namespace", "str"},
                {"storage.stores.metadata.backend", "str"}, {"storage.stores.inference.table_name", "str"},
                {"storage.stores.inference.backend", "str"}, {"registered_resources", "map"},
                {"registered_resources.models", "list"}, {"registered_resources.models[0]", "map"},
                {"registered_resources.models[0].model_id", "str"},
                {"registered_resources.models[0].provider_id", "str"},
                {"registered_resources.models[0].model_type", "enum"}, {"server", "map"}, {"server.port", "int"},
        };
        Object doc = new SafeYamlReader().readText(base, "base").root().orElseThrow().toPlain();
        for (Object[] t : targets) {
            String path = (String) t[0];
            for (Map.Entry<String, Object> w : wrongValues((String) t[1]).entrySet()) {
                if (path.startsWith("registered_resources") && path.endsWith("provider_id") && w.getValue() == null) {
                    continue; // a null provider_id switches the resource off, as llama-stack does: not malformed
                }
                add("type-" + path + "-" + w.getKey(), YamlWriter.write(set(deepCopy(doc), path, w.getValue())));
            }
        }
        Object oldDoc = new SafeYamlReader().readText(old, "old").root().orElseThrow().toPlain();
        String[][] oldTargets = {{"metadata_store", "map"}, {"metadata_store.type", "enum"},
                {"metadata_store.db_path", "str"}, {"models", "list"}, {"models[0].model_id", "str"},
                {"vector_dbs", "list"}, {"providers.vector_io[0].config.kvstore", "map"},
                {"providers.vector_io[0].config.kvstore.type", "enum"}};
        for (String[] t : oldTargets) {
            for (Map.Entry<String, Object> w : wrongValues(t[1]).entrySet()) {
                add("old-type-" + t[0] + "-" + w.getKey(), YamlWriter.write(set(deepCopy(oldDoc), t[0], w.getValue())));
            }
        }
    }

    private static Map<String, Object> wrongValues(String type) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (!type.equals("list")) {
            v.put("list", List.of("x", "y"));
        }
        if (!type.equals("map")) {
            v.put("map", new LinkedHashMap<>(Map.of("k", "v")));
        }
        switch (type) {
            case "int" -> v.put("text", "not a number");
            case "str" -> v.put("null", null);
            case "enum" -> v.put("bogus", "kv_bogus");
            default -> v.put("number", 7L);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            m.forEach((k, v) -> c.put((String) k, deepCopy(v)));
            return c;
        }
        if (o instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(i -> c.add(deepCopy(i)));
            return c;
        }
        return o;
    }

    /** Sets {@code a.b[0].c} in a plain document (the path must exist). */
    @SuppressWarnings("unchecked")
    static Object set(Object doc, String path, Object value) {
        return edit(doc, path, value, false);
    }

    @SuppressWarnings("unchecked")
    static Object remove(Object doc, String path) {
        return edit(doc, path, null, true);
    }

    @SuppressWarnings("unchecked")
    private static Object edit(Object doc, String path, Object value, boolean remove) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int b = part.indexOf('[');
            steps.add(b < 0 ? part : part.substring(0, b));
            while (b >= 0) {
                int e = part.indexOf(']', b);
                steps.add(Integer.parseInt(part.substring(b + 1, e)));
                b = part.indexOf('[', e);
            }
        }
        Object cur = doc;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object s = steps.get(i);
            cur = s instanceof Integer idx ? ((List<Object>) cur).get(idx) : ((Map<String, Object>) cur).get(s);
            if (cur == null) {
                throw new IllegalArgumentException("no " + path);
            }
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer idx) {
            if (remove) {
                ((List<Object>) cur).remove((int) idx);
            } else {
                ((List<Object>) cur).set(idx, value);
            }
        } else {
            Map<String, Object> m = (Map<String, Object>) cur;
            if (!m.containsKey(last)) {
                throw new IllegalArgumentException("no " + path);
            }
            if (remove) {
                m.remove(last);
            } else {
                m.put((String) last, value);
            }
        }
        return doc;
    }

    private void missingKeys() {
        String[] paths = {"image_name", "providers", "storage", "storage.backends", "storage.stores.metadata",
                "storage.backends.kv_default", "storage.backends.sql_default", "providers.inference[0].provider_type",
                "providers.inference[0].provider_id", "providers.vector_io[0].config.persistence",
                "providers.vector_io[0].config.persistence.backend", "providers.vector_io[0].config.persistence.namespace",
                "storage.stores.metadata.namespace", "storage.stores.inference.table_name",
                "registered_resources.models[0].model_id", "storage.backends.kv_default.db_path",
                "storage.backends.kv_default.type", "providers.inference"};
        Object doc = new SafeYamlReader().readText(base, "base").root().orElseThrow().toPlain();
        for (String p : paths) {
            add("missing-" + p, YamlWriter.write(remove(deepCopy(doc), p)));
        }
    }

    private void unknownNames() {
        String[][] e = {
                {"  inference:\n", "  inferense:\n"},
                {"  vector_io:\n", "  models:\n"},
                {"  vector_io:\n", "  telemetry:\n"},
                {"  vector_io:\n", "  vector-io:\n"},
                {"  vector_io:\n", "  VECTOR_IO:\n"},
                {"provider_type: remote::openai", "provider_type: remote::nope"},
                {"provider_type: remote::openai", "provider_type: openai"},
                {"provider_type: remote::openai", "provider_type: inline::faiss"},
                {"provider_type: inline::faiss", "provider_type: remote::openai"},
                {"provider_type: remote::openai", "provider_type: ''"},
                {"- vector_io\n", "- vector_io\n- vectorio\n"},
                {"- vector_io\n", "- vector_io\n- frobnicate\n"},
                {"provider_id: openai\n    model_type", "provider_id: nobody\n    model_type"},
                {"provider_id: openai\n    model_type", "provider_id: faiss\n    model_type"},
                {"  - model_id: gpt-4o-mini\n    provider_id: openai\n", "  - model_id: gpt-4o-mini\n"},
                {"model_type: llm", "model_type: large"},
        };
        for (int i = 0; i < e.length; i++) {
            add(String.format("unknown-name-%02d", i), RunYamlFixture.edit(base, e[i][0], e[i][1]));
        }
    }

    private void envReferences() {
        String[] bad = {"${OPENAI_API_KEY}", "${env.openai_api_key}", "${ENV.OPENAI_API_KEY}", "${env.OPENAI_API_KEY",
                "${env.OPENAI_API_KEY:-x}", "$env.OPENAI_API_KEY}x${X}"};
        for (int i = 0; i < bad.length; i++) {
            add(String.format("env-reference-%02d", i), RunYamlFixture.edit(base, "${env.OPENAI_API_KEY}", bad[i]));
        }
        add("env-default-wrong-type", RunYamlFixture.edit(base, "port: 8321", "port: ${env.PORT:=eighty}"));
        add("env-conditional-empties-required", RunYamlFixture.edit(base, "image_name: minimal",
                "image_name: ${env.NAME:+minimal}"));
        add("env-bare-in-switched-provider", RunYamlFixture.edit(base, "  vector_io:\n", "  - provider_id:"
                + " ${env.AZ:+azure}\n    provider_type: remote::azure\n    config: {api_key: '${env.AZ_KEY}'}\n"
                + "  vector_io:\n"));
        add("provider-duplicate-shadowed", RunYamlFixture.edit(base, "providers:\n  inference:\n", "providers:\n"
                + "  inference:\n  - provider_id: openai\n    provider_type: remote::openai\n"
                + "    config: {api_key: 123}\n"));
        add("env-secret-literal", RunYamlFixture.edit(base, "${env.OPENAI_API_KEY}", "sk-proj-1234567890"));
    }

    private void releaseKeys() {
        add("release-metadata-store", base + "metadata_store:\n  type: sqlite\n  db_path: /tmp/r.db\n");
        add("release-inference-store", base + "inference_store:\n  type: sqlite\n  db_path: /tmp/i.db\n");
        add("release-top-models", base + "models: []\n");
        add("release-vector-dbs", base + "vector_dbs: []\n");
        add("release-conversations-store", base + "conversations_store: {type: sqlite}\n");
        add("old-release-storage", old + "storage:\n  backends: {}\n");
        add("old-release-registered-resources", old + "registered_resources: {}\n");
        add("unknown-top-level-key", base + "sever:\n  port: 1\n");
    }

    private void storage() {
        add("storage-metadata-backend-unknown", RunYamlFixture.edit(base,
                "namespace: registry\n      backend: kv_default", "namespace: registry\n      backend: kv_nope"));
        add("storage-metadata-backend-sql", RunYamlFixture.edit(base,
                "namespace: registry\n      backend: kv_default", "namespace: registry\n      backend: sql_default"));
        add("storage-inference-backend-kv", RunYamlFixture.edit(base,
                "table_name: inference_store\n      backend: sql_default",
                "table_name: inference_store\n      backend: kv_default"));
        add("storage-provider-backend-unknown", RunYamlFixture.edit(base,
                "namespace: vector_io::faiss\n        backend: kv_default",
                "namespace: vector_io::faiss\n        backend: kv_gone"));
        add("storage-provider-backend-sql", RunYamlFixture.edit(base,
                "namespace: vector_io::faiss\n        backend: kv_default",
                "namespace: vector_io::faiss\n        backend: sql_default"));
        add("storage-backend-type-unknown", RunYamlFixture.edit(base, "type: kv_sqlite", "type: kv_leveldb"));
        add("storage-stores-null", RunYamlFixture.edit(base, "  stores:\n", "  stores:\n    metadata: null\n  old:\n"));
    }

    private void unknownFields() {
        String[][] e = {
                {"    provider_type: remote::openai\n", "    provider_type: remote::openai\n    provider_tpye: x\n"},
                {"      api_key:", "      api_kye: x\n      api_key:"},
                {"        namespace: vector_io::faiss\n", "        namespace: vector_io::faiss\n        backnd: x\n"},
                {"      type: kv_sqlite\n", "      type: kv_sqlite\n      dbpath: x\n"},
                {"      namespace: registry\n", "      namespace: registry\n      extra: 1\n"},
                {"    model_type: llm\n", "    model_type: llm\n    modle_id: x\n"},
                {"  port: 8321", "  port: 8321\n  prot: 1"},
                {"registered_resources:\n", "registered_resources:\n  vector_dbs: []\n"},
        };
        for (int i = 0; i < e.length; i++) {
            add(String.format("unknown-field-%02d", i), RunYamlFixture.edit(base, e[i][0], e[i][1]));
        }
    }
}
