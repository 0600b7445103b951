package dev.lightspeed.stack.pip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|``|``",
        "`>=1.0`|``|>=1.0",
        "``|==2.9.0|==2.9.0",
        "`>=1.0`|`>=1.0`|>=1.0",
        "`<2`|`>=1.0`|>=1.0,<2",
        "`>=1.23.0`|`>=1.9.4`|`>=1.9.4,>=1.23.0`",
        "`!=1.5, >= 1.0`|`==1.7`|`==1.7,>=1.0,!=1.5`",
        "`~=2.3`|`>=2.3.1,<3`|`~=2.3,>=2.3.1,<3`",
        "`>=1.10`|`>=1.9`|`>=1.9,>=1.10`",
        "`>=1.0rc1`|`>=1.0`|`>=1.0,>=1.0rc1`",
    })
    void mergeIsUnionDedupSorted(String a, String b, String merged) {
        assertEquals(merged, Specifiers.merge(a, b));
        assertEquals(merged, Specifiers.merge(b, a));
    }

    @Test
    void canonical() {
        assertEquals(">=1.0,<2", Specifiers.canonical(" >= 1.0 , < 2 "));
        assertEquals(">=1.0", Specifiers.canonical("(>=1.0)"));
        assertEquals("", Specifiers.canonical(null));
        assertEquals(List.of("<2", ">=1"), Specifiers.clauses("<2,>=1"));
    }

    @Test
    void badSpecifier() {
        RequirementSyntaxException e = assertThrows(RequirementSyntaxException.class,
                () -> Specifiers.merge(">=1.0", "1.0"));
        assertEquals("expected a version operator (==, >=, <, ...), found '1'", e.reason());
        assertEquals(1, e.column());
        e = assertThrows(RequirementSyntaxException.class, () -> Specifiers.canonical(">=1.0 <2"));
        assertEquals("'<' (expected ',' and another version clause, or the end)", e.reason());
        assertEquals(7, e.column());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`>=1.9.4,>=1.23.0`|>=1.23.0",
        "`>=1.0,>1.0`|>1.0",
        "`<2,<=2,<3`|<2",
        "`>=1.0,<2,!=1.5`|`>=1.0,<2,!=1.5`",
        "`>=1.0rc1,>=0.5`|`>=0.5,>=1.0rc1`",
        "`==2.9.0`|==2.9.0",
        "``|``",
    })
    void simplify(String in, String out) {
        assertEquals(out, Specifiers.simplify(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`==2.9.0,==2.7.1`|`==2.7.1 and ==2.9.0 cannot both hold`",
        "`==2.9,==2.9.0`|``",
        "`==2.9.0,!=2.9`|`==2.9.0 and !=2.9 cannot both hold`",
        "`==2.9.0,>=3`|`==2.9.0 and >=3 cannot both hold`",
        "`==3,>=3`|``",
        "`==3,>3`|`==3 and >3 cannot both hold`",
        "`==3,<3`|`==3 and <3 cannot both hold`",
        "`==3,<=2.9`|`==3 and <=2.9 cannot both hold`",
        "`>=3,<3`|`>=3 and <3 cannot both hold`",
        "`>=3,<=3`|``",
        "`==2.*,==2.9.0`|``",
        "`==2.*,==3.1`|`==2.* and ==3.1 cannot both hold`",
        "`==1.0rc1,==1.0rc2`|`==1.0rc1 and ==1.0rc2 cannot both hold`",
        "`==1.0rc1,>=2`|``",
        "`===a,===b`|`===a and ===b cannot both hold`",
    })
    void contradictions(String spec, String message) {
        assertEquals(message.isEmpty() ? List.of() : List.of(message), Specifiers.contradictions(spec));
    }

    @Test
    void conflictsAsProblems() {
        Location at = new Location("stack.yaml", 12, 5);
        List<Problem> problems = Specifiers.conflicts("torch", "==2.9.0,==2.7.1", at, "dependencies.constraints.torch");
        assertEquals(1, problems.size());
        assertEquals("stack.yaml:12:5: dependency-conflicting-versions: dependencies.constraints.torch: "
                + "torch: ==2.7.1 and ==2.9.0 cannot both hold (fix: pin torch to one version in "
                + "dependencies.constraints, or drop the clause that conflicts)", problems.get(0).oneLine());
    }
}
