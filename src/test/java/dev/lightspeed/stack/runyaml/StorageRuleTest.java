package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StorageRule} alone: store and backend references, by the release's store form. */
class StorageRuleTest {

    private static List<String> check(String release, String from, String to) {
        String base = RunYamlFixture.minimal(release);
        return RunYamlFixture.rule(new StorageRule(), from == null ? base : RunYamlFixture.edit(base, from, to),
                release, Policy.LLAMA_STACK);
    }

    @Test
    void theMinimalFilesAreClean() {
        assertEquals(List.of(), check("0.3.5", null, null));
        assertEquals(List.of(), check("0.2.22", null, null));
    }

    @Test
    void backendsAreResolvedByNameAndKind() {
        List<String> unknown = check("0.3.5", "namespace: vector_io::faiss\n        backend: kv_default",
                "namespace: vector_io::faiss\n        backend: kv_nope");
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).startsWith("error run.yaml:19:18: storage-backend-unknown: "), unknown.get(0));
        List<String> kind = check("0.3.5", "namespace: registry\n      backend: kv_default",
                "namespace: registry\n      backend: sql_default");
        assertEquals(1, kind.size(), kind.toString());
        assertTrue(kind.get(0).contains(": storage-backend-kind: storage.stores.metadata"), kind.get(0));
    }

    @Test
    void metadataIsRequiredWhereTheReleaseHasNoDefaultStores() {
        List<String> found = check("0.3.5", "    metadata:\n      namespace: registry\n      backend: kv_default\n", "");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("error run.yaml:"), found.get(0));
        assertTrue(found.get(0).contains(": storage-metadata-missing: storage.stores.metadata"), found.get(0));
    }
}
