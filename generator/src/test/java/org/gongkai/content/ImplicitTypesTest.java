package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The reusing resolver must type every scalar exactly as SnakeYAML's own does. */
class ImplicitTypesTest {

    private final Resolver stock = new Resolver();
    private final ImplicitTypes reusing = new ImplicitTypes();

    @Test
    void typesTheScalarsFrontMatterHoldsAsSnakeYamlDoes() {
        List<String> values =
                List.of(
                        "",
                        " ",
                        "~",
                        "null",
                        "Null",
                        "NULL",
                        "nul",
                        "yes",
                        "No",
                        "ON",
                        "off",
                        "y",
                        "true",
                        "False",
                        "TRUE ",
                        "0",
                        "-0",
                        "+12",
                        "012",
                        "0o17",
                        "0x1F",
                        "0b101",
                        "1_000",
                        "1:30",
                        "1.5",
                        "1.5e3",
                        "-.5",
                        ".inf",
                        "-.Inf",
                        ".NaN",
                        ".nan1",
                        "2025-06-29",
                        "2025-6-29",
                        "2025-06-29 10:00:00",
                        "2025-06-29T10:00:00.5+08:00",
                        "<<",
                        "=",
                        "!",
                        "title",
                        "normative",
                        "no_such",
                        "安政发〔2022〕32号",
                        "主动公开",
                        "11370000004309172H/2025-00028",
                        "yesyesyesyes",
                        "1".repeat(2000),
                        "2025-06-29 10:00:00" + " ".repeat(40) + "Z",
                        "null".repeat(3));
        for (String v : values) {
            assertSame(v);
        }
    }

    @Test
    void agreesOnRandomScalarsOneAfterAnother() {
        // one instance for all: a matcher left in any state by one scalar must not sway the next
        String alphabet = "0123456789-+._:eExXbBoOnNyYtTfF ~<=!abl安政";
        Random random = new Random(20261129);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(sb.toString());
        }
        values.forEach(this::assertSame);
    }

    @Test
    void leavesSequencesMappingsAndExplicitScalarsToTheStockRules() {
        for (NodeId kind : NodeId.values()) {
            assertEquals(
                    stock.resolve(kind, "yes", false),
                    reusing.resolve(kind, "yes", false),
                    kind.name());
            assertEquals(
                    stock.resolve(kind, "yes", true),
                    reusing.resolve(kind, "yes", true),
                    kind.name());
        }
    }

    private void assertSame(String value) {
        assertEquals(
                stock.resolve(NodeId.scalar, value, true),
                reusing.resolve(NodeId.scalar, value, true),
                "“" + value + "”");
    }
}
