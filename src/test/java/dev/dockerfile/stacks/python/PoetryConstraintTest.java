package dev.dockerfile.stacks.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.ConfigurationException;
import org.junit.jupiter.api.Test;

class PoetryConstraintTest {
    private static String req(String value) throws ConfigurationException {
        return PoetryConstraint.requirement("pkg", "", value);
    }

    @Test
    void caretAndTildeAreBoundedAsPoetryDefinesThem() throws Exception {
        assertEquals("pkg>=1.2.3,<2", req("\"^1.2.3\""));
        assertEquals("pkg>=0.2.3,<0.3", req("\"^0.2.3\""));
        assertEquals("pkg>=0.0.3,<0.0.4", req("\"^0.0.3\""));
        assertEquals("pkg>=0,<1", req("\"^0\""));
        assertEquals("pkg>=1.2.3,<1.3", req("\"~1.2.3\""));
        assertEquals("pkg>=1,<2", req("'~1'"));
    }

    @Test
    void comparisonsExactVersionsAndAny() throws Exception {
        assertEquals("pkg>=1,<2,!=1.5", req("\">=1,<2, !=1.5\""));
        assertEquals("pkg>=1.0,<2.0", req("\">=1.0 <2.0\""));
        assertEquals("pkg==1.2.3", req("\"1.2.3\""));
        assertEquals("pkg==1.2.*", req("\"1.2.*\""));
        assertEquals("pkg~=1.4", req("\"~=1.4\""));
        assertEquals("pkg", req("\"*\""));
        assertEquals("pkg[a,b]>=2,<3", PoetryConstraint.requirement("pkg", "a,b", "{ version = \"^2\", extras = [\"a\", \"b\"] }"));
    }

    @Test
    void whatPipCannotSayIsRefusedWithTheFix() {
        for (String value : new String[] {"{ git = \"https://example.org/x.git\" }", "\"^1 || ^2\"", "\"latest\"", "42"}) {
            var e = assertThrows(ConfigurationException.class, () -> req(value), value);
            assertTrue(e.getMessage().contains("poetry export -o requirements.txt"), e.getMessage());
        }
    }
}
