package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The jar tells m2e to run generate on incremental builds and not on configuration updates. */
class M2eMetadataTest {

    @Test
    void generateRunsOnIncrementalNotOnConfiguration() throws Exception {
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "META-INF/m2e/lifecycle-mapping-metadata.xml is not on the classpath");
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        XPath x = XPathFactory.newInstance().newXPath();
        String exec = "//pluginExecution[pluginExecutionFilter/goals/goal='generate']/action/execute/";
        assertEquals("true", x.evaluate(exec + "runOnIncremental", doc));
        assertEquals("false", x.evaluate(exec + "runOnConfiguration", doc));
    }
}
