package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvSubstitutionTest {

    private static final Location AT = new Location("run.yaml", 3, 7);

    private static YScalar resolve(String text) {
        return EnvSubstitution.resolveScalar(YScalar.string(text, AT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "${env.X:=8321}|INT|8321",
            "${env.X:=+0_12}|INT|12",
            "${env.X:=007}|INT|7",
            "${env.X:=1.5}|FLOAT|1.5",
            "${env.X:=1e3}|FLOAT|1000.0",
            "${env.X:=inf}|FLOAT|.inf",
            "${env.X:=True}|BOOL|true",
            "${env.X:=FALSE}|BOOL|false",
            "${env.X:=}|NULL|null",
            "${env.X:+anything}|NULL|null",
            "${env.X:=yes}|STRING|yes",
            "${env.X:=~/.llama}/kv.db|STRING|~/.llama/kv.db",
            "http://${env.HOST:=localhost}:${env.PORT:=8000}|STRING|http://localhost:8000",
            "${env.A:=1}${env.B:=2}|INT|12",
    })
    void substitutesAndCoercesLikeLlamaStack(String in, String type, String text) {
        YScalar r = resolve(in);
        assertEquals(YScalar.ScalarType.valueOf(type), r.type(), in);
        assertEquals(text, r.text(), in);
        assertEquals(AT, r.location(), "positions survive");
    }

    @Test
    void plainReferenceCountsAsSetAndKeepsAnyType() {
        YScalar in = YScalar.string("${env.OPENAI_API_KEY}", AT);
        assertSame(in, EnvSubstitution.resolveScalar(in));
        assertEquals("https://${env.HOST}/v1:x", resolve("https://${env.HOST}/v1:${env.P:=x}").text());
    }

    @Test
    void malformedAndLowerCaseReferencesStayLiteral() {
        for (String s : new String[] {"${env.lower:=x}", "${OPENAI_API_KEY}", "${ENV.X:=1}", "${env.X:-1}"}) {
            YScalar r = resolve(s);
            assertEquals(s, r.text());
            assertEquals(YScalar.ScalarType.STRING, r.type());
        }
    }

    @Test
    void nonStringsAreUntouched() {
        YScalar i = new YScalar("8321", YScalar.ScalarType.INT, false, AT);
        assertSame(i, EnvSubstitution.resolveScalar(i));
    }

    @Test
    void listEntriesWithDisabledProviderIdAreDropped() {
        YNode root = new SafeYamlReader().readText("""
                inference:
                - provider_id: ${env.X:=__disabled__}
                  config: {url: "${env.NOPE}"}
                - provider_id: __disabled__
                - provider_id: ${env.X:+off}
                - provider_id: enabled
                """, "r.yaml").root().orElseThrow();
        YSeq list = (YSeq) ((YMap) EnvSubstitution.resolve(root)).get("inference").orElseThrow();
        assertEquals(2, list.items().size());
        YMap off = (YMap) list.items().get(0);
        assertTrue(EnvSubstitution.isDisabledId(off.get("provider_id").orElseThrow()));
        assertFalse(EnvSubstitution.isDisabledId(((YMap) list.items().get(1)).get("provider_id").orElseThrow()));
        assertEquals(Map.of("provider_id", "enabled"), list.items().get(1).toPlain());
    }
}
