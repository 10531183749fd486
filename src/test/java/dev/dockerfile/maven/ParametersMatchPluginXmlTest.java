package dev.dockerfile.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.dockerfile.ParameterTable.child;
import static dev.dockerfile.ParameterTable.text;

import dev.dockerfile.config.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The core's {@link Parameter} list (element, property, default) is what the Mojos declare: the
 * plugin descriptor Maven generates from their annotations says the same for every parameter.
 */
class ParametersMatchPluginXmlTest {
    private static final Path PLUGIN_XML = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void everyUserParameterOfEveryGoalIsAParameterWithTheSamePropertyAndDefault() throws Exception {
        assertTrue(Files.isRegularFile(PLUGIN_XML), "run after process-classes: " + PLUGIN_XML);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(PLUGIN_XML.toFile());
        Set<Parameter> seen = EnumSet.noneOf(Parameter.class);
        List<String> problems = new ArrayList<>();
        NodeList mojos = xml.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                if (!text(parameter, "editable").equals("true")) {
                    continue;
                }
                String name = text(parameter, "name");
                Parameter known = Arrays.stream(Parameter.values()).filter(x -> x.element().equals(name)).findFirst()
                        .orElse(null);
                if (known == null) {
                    problems.add(goal + ": <" + name + "> is not a Parameter");
                    continue;
                }
                seen.add(known);
                Element value = child(configuration, name);
                String property = value == null || value.getTextContent().isBlank() ? null
                        : value.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
                String defaultValue = value == null || !value.hasAttribute("default-value") ? null
                        : value.getAttribute("default-value");
                if (!java.util.Objects.equals(known.property(), property)) {
                    problems.add(goal + ": <" + name + "> has property " + property + ", Parameter says " + known.property());
                }
                if (!java.util.Objects.equals(known.defaultValue(), defaultValue)) {
                    problems.add(goal + ": <" + name + "> defaults to " + defaultValue + ", Parameter says "
                            + known.defaultValue());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(EnumSet.allOf(Parameter.class), seen, "every Parameter is a parameter of some goal");
    }
}
