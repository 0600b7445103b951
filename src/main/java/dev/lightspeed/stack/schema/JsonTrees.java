package dev.lightspeed.stack.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads JSON into Jackson's tree (the nodes {@code ObjectMapper.readTree} gives: int/long/BigInteger and double
 * numbers, later duplicate keys win) with the streaming parser and {@link JsonNodeFactory} only. Starting an
 * {@code ObjectMapper} loads about 500 more classes: on a build's first generate call that was 250–400 ms of the
 * ~500 ms spent loading the bundled catalog (bench/). Thread-safe.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * The parser factory, made on the first read: callers that only build nodes ({@link #object}, {@link #fromPlain})
     * never load Jackson's parser classes.
     */
    private static final class Parsing {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /** The JSON document in {@code in}; null for an empty stream. */
    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser p = Parsing.FACTORY.createParser(in)) {
            return p.nextToken() == null ? null : node(p);
        }
    }

    /** A streaming parser over UTF-8 bytes, for readers that skip what they do not need. */
    public static JsonParser parser(byte[] bytes) throws IOException {
        return Parsing.FACTORY.createParser(bytes);
    }

    /** The value at the parser's current token as a tree; the parser is left on the value's last token. */
    public static JsonNode value(JsonParser p) throws IOException {
        return node(p);
    }

    /** An empty object node (without an ObjectMapper). */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * The tree of a plain value (maps, lists, strings, numbers, booleans, null), as {@code ObjectMapper.valueToTree}
     * gives it, without an ObjectMapper. Other values become their {@code toString()} text.
     */
    public static JsonNode fromPlain(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof java.util.Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), fromPlain(v)));
            return o;
        }
        if (value instanceof Iterable<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(v -> a.add(fromPlain(v)));
            return a;
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof java.math.BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof java.math.BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        return NODES.textNode(value.toString());
    }

    private static JsonNode node(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    p.nextToken();
                    o.set(key, node(p));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(node(p));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException("unexpected JSON token " + p.currentToken() + " at "
                    + p.currentLocation());
        }
    }
}
