package dev.lightspeed.stack.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"${env.X}", "${env.OPENAI_API_KEY}", "${env.X:=}", "${env.X:=a default}",
        "${env.X:+set}", "${env.V2_URL:=http://h:8321/v1}"})
    void wholeReferences(String s) {
        assertTrue(EnvReference.isWholeReference(s));
        assertEquals(List.of(), EnvReference.malformed(s));
    }

    @Test
    void referencesInsideText() {
        String s = "a${env.A}b${env.B:=x}/c";
        assertFalse(EnvReference.isWholeReference(s));
        assertEquals(List.of("A", "B"), EnvReference.names(s));
        assertEquals(List.of(), EnvReference.malformed(s));
        assertEquals(List.of(), EnvReference.malformed("$X and plain text"));
        assertEquals(List.of(), EnvReference.names("$X"));
    }

    /** What llama-stack would leave as literal text, why, and the fix. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "${X}          | '${X}' is not an environment reference, which needs the 'env.' prefix; it would be used literally | write ${env.X}",
        "${ENV.X}      | '${ENV.X}': the prefix must be lower-case 'env.'; this would be used literally | write ${env.X}",
        "${Env.X:=1}   | '${Env.X:=1}': the prefix must be lower-case 'env.'; this would be used literally | write ${env.X:=1}",
        "${env.lower}  | '${env.lower}': only upper-case names (A-Z, 0-9, _) are substituted; this stays literal text | write ${env.LOWER}",
        "${env.my-var} | '${env.my-var}': only upper-case names (A-Z, 0-9, _) are substituted; this stays literal text | write ${env.MY_VAR}",
        "${env.X:-d}   | '${env.X:-d}': only ':=' (default) and ':+' (if set) may follow the name | write ${env.X:=d}",
        "${env.X:d}    | '${env.X:d}': only ':=' (default) and ':+' (if set) may follow the name | write ${env.X:=d}",
        "${env.X       | unterminated environment reference '${env.X' | close it with '}'",
    })
    void malformedKinds(String text, String why, String fix) {
        assertEquals(List.of(new EnvReference.Malformed(text, 0, why, fix)), EnvReference.malformed(text));
        assertFalse(EnvReference.isWholeReference(text));
    }

    @Test
    void everyMalformedOneWithItsOffset() {
        List<EnvReference.Malformed> m = EnvReference.malformed("pre ${env.OK} ${X} ${env.Y");
        assertEquals(List.of("${X}@14", "${env.Y@19"), m.stream().map(x -> x.text() + "@" + x.offset()).toList());
        assertEquals(List.of("OK"), EnvReference.names("pre ${env.OK} ${X} ${env.Y"));
    }

    @Test
    void anEmptyNameGetsAPlaceholderFix() {
        assertEquals("write ${env.NAME}", EnvReference.malformed("${}").get(0).fix());
    }
}
