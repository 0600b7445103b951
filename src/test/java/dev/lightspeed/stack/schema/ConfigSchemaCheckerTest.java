package dev.lightspeed.stack.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker against a small schema in the shape pydantic emits, one construct at a time. */
class ConfigSchemaCheckerTest {

    static final String SCHEMA = """
            {
              "$defs": {
                "Sqlite": {"type": "object", "properties": {"type": {"const": "sqlite"}, "db_path": {"type": "string"}},
                           "required": ["db_path"]},
                "Postgres": {"type": "object", "properties": {"type": {"const": "postgres"}, "host": {"type": "string"},
                             "port": {"type": "integer"}}, "required": ["host"]}
              },
              "type": "object",
              "properties": {
                "url": {"type": "string", "pattern": "^https?://", "maxLength": 30},
                "port": {"type": "integer", "minimum": 1, "maximum": 65535},
                "ratio": {"type": "number"},
                "tls": {"type": "boolean"},
                "name": {"type": "string", "minLength": 2},
                "mode": {"enum": ["fast", "safe"]},
                "kind": {"const": "remote"},
                "api_key": {"anyOf": [{"type": "string", "writeOnly": true, "format": "password"}, {"type": "null"}]},
                "password": {"type": "string", "writeOnly": true},
                "store": {"oneOf": [{"$ref": "#/$defs/Sqlite"}, {"$ref": "#/$defs/Postgres"}],
                          "discriminator": {"propertyName": "type",
                                            "mapping": {"sqlite": "#/$defs/Sqlite", "postgres": "#/$defs/Postgres"}}},
                "timeout": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                "tags": {"type": "array", "items": {"type": "string"}}
              },
              "required": ["url"],
              "additionalProperties": false
            }
            """;

    /** The same without additionalProperties: false (pydantic's default: extra fields ignored). */
    static final String OPEN = SCHEMA.replace(",\n  \"additionalProperties\": false", "");

    static final ConfigSchemaChecker CHECKER = checker(SCHEMA);

    static ConfigSchemaChecker checker(String json) {
        try {
            JsonNode n = new ObjectMapper().readTree(json);
            return new ConfigSchemaChecker(n);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static YNode yaml(String text) {
        return new SafeYamlReader().readText(text, "c.yaml").root().orElseThrow();
    }

    static List<String> check(ConfigSchemaChecker c, String yaml, CheckMode mode) {
        Problems p = new Problems();
        c.check(yaml(yaml), "config", mode, p, null);
        return p.sorted().stream().map(Problem::toString).toList();
    }

    static List<String> strict(String yaml) {
        return check(CHECKER, "url: http://h\n" + yaml, CheckMode.STRICT);
    }

    static List<String> pydantic(String yaml) {
        return check(CHECKER, "url: http://h\n" + yaml, CheckMode.PYDANTIC);
    }

    @Test
    void aValidConfigHasNoProblems() {
        assertEquals(List.of(), strict("port: 8321\nratio: 1\ntls: true\nname: ab\nmode: fast\nkind: remote\n"
                + "api_key: null\nstore: {type: sqlite, db_path: /x}\ntimeout: 5\nheaders: {a: b}\ntags: [x]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "port: '8321'  | error c.yaml:2:7: config-type: config.port: expected integer, found string '8321' (fix: write a value of type integer)",
        "port: 80.0    | error c.yaml:2:7: config-type: config.port: expected integer, found number '80.0' (fix: write a value of type integer)",
        "tls: yes      | error c.yaml:2:6: config-type: config.tls: 'yes' is a boolean only in YAML 1.1 (PyYAML); other readers take it as a string (fix: write true)",
        "tls: 'true'   | error c.yaml:2:6: config-type: config.tls: expected boolean, found string 'true' (fix: write a value of type boolean)",
        "tls: 1        | error c.yaml:2:6: config-type: config.tls: expected boolean, found integer '1' (fix: write a value of type boolean)",
        "ratio: '1.5'  | error c.yaml:2:8: config-type: config.ratio: expected number, found string '1.5' (fix: write a value of type number)",
    })
    void strictRefusesWhatPydanticCoerces(String yaml, String strictProblem) {
        assertEquals(List.of(strictProblem), strict(yaml + "\n"));
        assertEquals(List.of(), pydantic(yaml + "\n"), "pydantic's lax mode coerces it");
    }

    @Test
    void pydanticStillRefusesWhatCannotBeCoerced() {
        assertEquals(List.of("error c.yaml:2:7: config-type: config.port: expected integer, found string 'eighty'"
                + " (fix: write a value of type integer)"), pydantic("port: eighty\n"));
        assertEquals(List.of("error c.yaml:2:6: config-type: config.tls: expected boolean, found integer '2'"
                + " (fix: write a value of type boolean)"), pydantic("tls: 2\n"));
        assertEquals(List.of("error c.yaml:2:7: config-type: config.port: expected integer, found number '80.5'"
                + " (fix: write a value of type integer)"), pydantic("port: 80.5\n"));
        // pydantic v2 no longer turns an int into a str, lax or not
        assertEquals(List.of("error c.yaml:2:7: config-type: config.name: expected string, found integer '12'"
                + " (fix: quote it: '12')"), pydantic("name: 12\n"));
    }

    @Test
    void anIntIsANumberInBothModes() {
        assertEquals(List.of(), strict("ratio: 2\n"));
    }

    @Test
    void wholeEnvironmentReferencesAreAcceptedForAnyType() {
        assertEquals(List.of(), strict("port: ${env.PORT}\ntls: ${env.TLS:=true}\nratio: ${env.R:=1}\n"
                + "mode: ${env.MODE}\nkind: ${env.KIND}\nstore: ${env.STORE}\ntags: ${env.TAGS}\n"
                + "headers: ${env.H}\n"));
        assertEquals(List.of(), strict("store: {type: '${env.STORE_TYPE}', db_path: x}\n"),
                "a discriminator from the environment is not checked");
        assertEquals(List.of("error c.yaml:2:7: config-type: config.port: expected integer, found string"
                + " '${env.PORT}x' (fix: write a value of type integer)"), strict("port: ${env.PORT}x\n"),
                "only a whole-value reference may become any type");
    }

    @Test
    void aReferenceThatIsEmptyWhenUnsetNeedsANullableField() {
        assertEquals(List.of("error c.yaml:2:7: config-env-empty: config.port: '${env.PORT:=}' is empty when PORT is"
                + " unset, and the config model then reads null where this field needs a value (fix: write '${env.PORT}'"
                + " to require the variable, or give a value)"), strict("port: ${env.PORT:=}\n"));
        assertEquals(1, strict("port: ${env.PORT:+8321}\n").size(), ":+ is empty when the variable is unset");
        assertEquals(List.of(), strict("port: ${env.PORT:=8321}\n"), "a default is a value");
        assertEquals(List.of(), strict("timeout: ${env.TIMEOUT:=}\napi_key: ${env.KEY:=}\n"),
                "timeout and api_key are nullable: null is fine");
    }

    @Test
    void discriminatedUnion() {
        assertEquals(List.of(), strict("store: {type: postgres, host: db, port: 5432}\n"));
        assertEquals(List.of("error c.yaml:2:8: config-missing-field: config.store.host: required field 'host' is"
                + " missing (fix: add 'host:' under config.store (string))"), strict("store: {type: postgres}\n"));
        assertEquals(List.of("error c.yaml:2:15: config-value: config.store.type: 'postgre' is not one of sqlite,"
                + " postgres (fix: did you mean 'postgres'?)"), strict("store: {type: postgre, host: db}\n"));
        assertEquals(List.of("error c.yaml:2:8: config-missing-field: config.store.type: 'type' is missing; it"
                + " selects the kind of this block (fix: add 'type: ' with one of sqlite, postgres)"),
                strict("store: {db_path: x}\n"));
    }

    @Test
    void anyOfPicksTheOptionThatFits() {
        assertEquals(List.of(), strict("timeout: null\n"));
        assertEquals(List.of("error c.yaml:2:10: config-type: config.timeout: expected integer or null, found"
                + " string 'soon' (fix: write a value of type integer or null)"), strict("timeout: soon\n"));
        assertEquals(List.of("error c.yaml:2:10: config-type: config.api_key: expected string or null, found"
                + " integer '12' (fix: quote it: '12')"), strict("api_key: 12\n"));
    }

    @Test
    void constAndEnumWithDidYouMean() {
        assertEquals(List.of("error c.yaml:2:7: config-value: config.mode: 'fats' is not one of fast, safe"
                + " (fix: did you mean 'fast'?)"), strict("mode: fats\n"));
        assertEquals(List.of("error c.yaml:2:7: config-value: config.mode: 'turbo' is not one of fast, safe"
                + " (fix: use one of fast, safe)"), strict("mode: turbo\n"));
        assertEquals(List.of("error c.yaml:2:7: config-type: config.mode: expected one of fast, safe, found a"
                + " list (fix: use one of fast, safe)"), strict("mode: [fast]\n"));
        assertEquals(List.of("error c.yaml:2:7: config-value: config.kind: must be 'remote' (fix: write"
                + " 'remote')"), strict("kind: inline\n"));
    }

    @Test
    void requiredFields() {
        assertEquals(List.of("error c.yaml:1:1: config-missing-field: config.url: required field 'url' is missing"
                + " (fix: add 'url:' under config (string))"), check(CHECKER, "port: 1\n", CheckMode.STRICT));
    }

    @Test
    void unknownFields() {
        assertEquals(List.of("error c.yaml:2:1: config-unknown-field: config.prot: unknown field 'prot'"
                + " (fix: did you mean 'port'?)"), strict("prot: 1\n"));
        assertEquals(List.of("error c.yaml:2:1: config-unknown-field: config.prot: unknown field 'prot' (the"
                + " config model forbids extra fields) (fix: did you mean 'port'?)"), pydantic("prot: 1\n"));
        ConfigSchemaChecker open = checker(OPEN);
        assertEquals(List.of("error c.yaml:2:1: config-unknown-field: config.zzzzzz: unknown field 'zzzzzz' (fix:"
                + " remove it; known fields: url, port, ratio, tls, name, mode, kind, api_key, password, store,"
                + " timeout, headers, tags)"), check(open, "url: http://h\nzzzzzz: 1\n", CheckMode.STRICT));
        assertEquals(List.of("warning c.yaml:2:1: config-unknown-field: config.prot: unknown field 'prot':"
                + " the config model ignores it silently (fix: did you mean 'port'?)"),
                check(open, "url: http://h\nprot: 1\n", CheckMode.PYDANTIC));
    }

    @Test
    void additionalPropertiesSchemaChecksEachValue() {
        assertEquals(List.of("error c.yaml:2:20: config-type: config.headers.b: expected string, found integer '1'"
                + " (fix: quote it: '1')"), strict("headers: {a: x, b: 1}\n"));
    }

    @Test
    void itemsAreCheckedWithTheirIndex() {
        assertEquals(List.of("error c.yaml:2:11: config-type: config.tags[1]: expected string, found boolean"
                + " 'true' (fix: quote it: 'true')"), strict("tags: [a, true]\n"));
        assertEquals(List.of("error c.yaml:2:7: config-type: config.tags: expected array, found string 'a'"
                + " (fix: write a value of type array)"), strict("tags: a\n"));
    }

    @Test
    void bounds() {
        assertEquals(List.of("error c.yaml:2:7: config-value: config.port: must be at least 1 (fix: use a value ≥ 1)"),
                strict("port: 0\n"));
        assertEquals(List.of("error c.yaml:2:7: config-value: config.port: must be at most 65535 (fix: use a value"
                + " ≤ 65535)"), strict("port: 70000\n"));
        assertEquals(List.of("error c.yaml:2:7: config-value: config.name: shorter than 2 characters (fix: write a"
                + " longer value)"), strict("name: a\n"));
        assertEquals(List.of("error c.yaml:1:6: config-value: config.url: longer than 30 characters (fix: shorten"
                + " it)"), check(CHECKER, "url: http://a-very-long-host-name.example.com\n", CheckMode.STRICT));
        assertEquals(List.of("error c.yaml:1:6: config-value: config.url: 'ftp://h' does not match ^https?://"
                + " (fix: write a value of the form ^https?://)"), check(CHECKER, "url: ftp://h\n",
                CheckMode.STRICT));
    }

    @Test
    void writeOnlyValuesAreCollectedAsSecrets() {
        List<SecretValue> secrets = new ArrayList<>();
        CHECKER.check(yaml("url: http://h\napi_key: sk-1\npassword: ${env.PW}\n"
                + "name: ab\n"), "config", CheckMode.STRICT, new Problems(), secrets);
        assertEquals(List.of("config.api_key=api_key:sk-1@c.yaml:2:10", "config.password=password:${env.PW}@c.yaml:3:11"),
                secrets.stream().map(s -> s.path() + "=" + s.field() + ":" + s.value().text() + "@"
                        + s.value().location()).toList());
    }

    @Test
    void accepts() {
        assertTrue(CHECKER.accepts(yaml("url: http://h\n"), CheckMode.STRICT));
        assertFalse(CHECKER.accepts(yaml("url: 5\n"), CheckMode.STRICT));
    }
}
