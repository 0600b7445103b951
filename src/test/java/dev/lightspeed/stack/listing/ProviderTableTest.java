package dev.lightspeed.stack.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.catalog.Support;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderTableTest {

    static ProviderSpec spec(String api, String type, boolean supported, boolean deprecated, List<String> pip) {
        return new ProviderSpec(api, type, new Support(supported, "n"), pip, List.of(), List.of("inference"),
                List.of(), deprecated, false, JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), "bundled");
    }

    static final List<ProviderSpec> TWO = List.of(
            spec("inference", "remote::openai", true, false, List.of("litellm")),
            spec("vector_io", "inline::sqlite_vec", false, true, List.of("sqlite-vec", "numpy")));

    @Test
    void table() {
        assertEquals("""
                API        Provider Type       LCS Support              Pip Packages
                ---------  ------------------  -----------------------  -----------------
                inference  remote::openai      supported                litellm
                vector_io  inline::sqlite_vec  unsupported, deprecated  sqlite-vec, numpy
                2 providers (1 supported by Lightspeed Core) for llama-stack 0.3.5
                """, ProviderTable.render("llama-stack 0.3.5", TWO, List.of()));
    }

    @Test
    void emptyPipColumnHasNoTrailingSpaces() {
        assertEquals("""
                API     Provider Type  LCS Support  Pip Packages
                ------  -------------  -----------  ------------
                agents  inline::x      supported
                1 provider (1 supported by Lightspeed Core) for llama-stack 0.2.22
                """, ProviderTable.render("llama-stack 0.2.22", List.of(spec("agents", "inline::x", true, false,
                List.of())), List.of()));
    }

    static final List<NotInReleaseRow> ABSENT = List.of(
            new NotInReleaseRow("telemetry", "inline::meta-reference", true, "OGX 1.0.2 has no telemetry API"),
            new NotInReleaseRow("safety", "lcore::redaction", true, "an LCS-owned shield"));

    @Test
    void rowsNotInTheReleaseFollowInTheirOwnSection() {
        assertEquals("""
                API        Provider Type   LCS Support  Pip Packages
                ---------  --------------  -----------  ------------
                inference  remote::openai  supported    litellm
                1 provider (1 supported by Lightspeed Core) for OGX 1.0.2

                Not in this release: 2 rows of LCS's providers table name providers OGX 1.0.2 does not have (they do\
                 not apply)
                API        Provider Type           LCS Support  Why
                ---------  ----------------------  -----------  ------------------------------
                telemetry  inline::meta-reference  supported    OGX 1.0.2 has no telemetry API
                safety     lcore::redaction        supported    an LCS-owned shield
                """, ProviderTable.render("OGX 1.0.2", TWO.subList(0, 1), ABSENT));
        assertTrue(ProviderTable.render("OGX 1.0.2", TWO, ABSENT.subList(0, 1)).contains("\nNot in this release: 1"
                + " row of LCS's providers table names a provider OGX 1.0.2 does not have (it does not apply)\n"));
    }

    @Test
    void json() {
        assertEquals("""
                [
                  {
                    "api" : "inference",
                    "provider_type" : "remote::openai",
                    "supported" : true,
                    "support_note" : "n",
                    "pip_packages" : [
                      "litellm"
                    ],
                    "api_dependencies" : [
                      "inference"
                    ],
                    "optional_api_dependencies" : [ ],
                    "deprecated" : false,
                    "in_release" : true
                  },
                  {
                    "api" : "telemetry",
                    "provider_type" : "inline::meta-reference",
                    "supported" : true,
                    "support_note" : "OGX 1.0.2 has no telemetry API",
                    "in_release" : false
                  }
                ]
                """, ProviderJson.render(TWO.subList(0, 1), ABSENT.subList(0, 1)));
    }
}
