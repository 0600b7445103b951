package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The jar tells m2e to run generate and validate on incremental builds and not on configuration updates. */
class M2eMetadataTest {

    @Test
    void goalsRunOnIncrementalNotOnConfiguration() throws Exception {
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "META-INF/m2e/lifecycle-mapping-metadata.xml is not on the classpath");
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        XPath x = XPathFactory.newInstance().newXPath();
        for (String goal : new String[] {"generate", "validate"}) {
            String exec = "//pluginExecution[pluginExecutionFilter/goals/goal='" + goal + "']/action/execute/";
            assertEquals("true", x.evaluate(exec + "runOnIncremental", doc), goal);
            assertEquals("false", x.evaluate(exec + "runOnConfiguration", doc), goal);
        }
    }
}
