package org.marsad.date;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads JSON text into Jackson trees with the streaming parser alone, building the same nodes as {@code
 * ObjectMapper.readTree} and {@code ObjectReader.readValues}. Why: an ObjectMapper costs about 200 ms to set up in
 * a fresh JVM, which a one-shot command line run pays in full; the streaming parser costs a fraction. Iterative,
 * so deep JSON cannot overflow the stack (the parser's own nesting limit applies). Thread-safe.
 */
public final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /** A parser factory with the given lenient reading features on. */
    public static JsonFactory factory(JsonReadFeature... features) {
        JsonFactoryBuilder builder = new JsonFactoryBuilder();
        for (JsonReadFeature f : features) builder.enable(f);
        return builder.build();
    }

    /**
     * The first JSON value of the text, as {@code ObjectMapper.readTree} gives it (what follows it is not read): a
     * missing node when the text holds no value.
     *
     * @throws IOException when the first value is malformed
     */
    public static JsonNode readFirst(JsonFactory factory, String text) throws IOException {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            return t == null ? NODES.missingNode() : readValue(p);
        }
    }

    /**
     * The consecutive JSON values of the text, as {@code ObjectReader.readValues} iterates them: a text that starts
     * with an array gives the array's elements. Reading stops at the first damage; the values before it are kept.
     */
    public static List<JsonNode> readAll(JsonFactory factory, String text) {
        List<JsonNode> values = new ArrayList<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            boolean inArray = t == JsonToken.START_ARRAY;
            if (inArray) t = p.nextToken();
            while (t != null && !(inArray && t == JsonToken.END_ARRAY)) {
                values.add(readValue(p));
                t = p.nextToken();
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // Keep whatever parsed before the damage.
        }
        return values;
    }

    /** The value starting at the parser's current token; leaves the parser on the value's last token. */
    private static JsonNode readValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) return scalar(p, t);
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> root = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        open.push(root);
        String field = null;
        while (!open.isEmpty()) {
            t = p.nextToken();
            if (t == null) throw new IOException("unexpected end of JSON");
            ContainerNode<?> parent = open.peek();
            switch (t) {
                case FIELD_NAME -> field = p.currentName();
                case END_OBJECT, END_ARRAY -> open.pop();
                case START_OBJECT, START_ARRAY -> {
                    ContainerNode<?> child = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    add(parent, field, child);
                    open.push(child);
                }
                default -> add(parent, field, scalar(p, t));
            }
        }
        return root;
    }

    private static void add(ContainerNode<?> parent, String field, JsonNode value) {
        // A repeated key keeps its first place and takes the later value, as Jackson's tree reader does.
        if (parent instanceof ObjectNode o) o.replace(field, value);
        else ((ArrayNode) parent).add(value);
    }

    /** A scalar node typed as Jackson's tree reader types it (int, long, big integer; double unless declared). */
    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return switch (p.getNumberTypeFP()) {
                    case BIG_DECIMAL -> NODES.numberNode(p.getDecimalValue());
                    case FLOAT32 -> NODES.numberNode(p.getFloatValue());
                    default -> NODES.numberNode(p.getDoubleValue());
                };
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return NODES.pojoNode(p.getEmbeddedObject());
            default:
                throw new IOException("unexpected JSON token " + t);
        }
    }
}
