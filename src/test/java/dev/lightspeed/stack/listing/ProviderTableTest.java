package dev.lightspeed.stack.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                """, ProviderTable.render("0.3.5", TWO));
    }

    @Test
    void emptyPipColumnHasNoTrailingSpaces() {
        assertEquals("""
                API     Provider Type  LCS Support  Pip Packages
                ------  -------------  -----------  ------------
                agents  inline::x      supported
                1 provider (1 supported by Lightspeed Core) for llama-stack 0.2.22
                """, ProviderTable.render("0.2.22", List.of(spec("agents", "inline::x", true, false, List.of()))));
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
                    "deprecated" : false
                  }
                ]
                """, ProviderJson.render(TWO.subList(0, 1)));
    }
}
