package com.secureexchanges.portal.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed JSON value, immutable: read with jackson-core's streaming parser (no data binding in the Lambda
 * jars), with the accessors of Jackson's tree nodes that the portal uses. An object keeps its keys in order.
 * Whole numbers are exact ({@link #isIntegralNumber}: {@code 3}, not {@code 3.5} or {@code 1e3}); a missing
 * value ({@link #path}, or an empty text) is a value of its own, like Jackson's {@code MissingNode}.
 */
public final class JsonValue implements Iterable<JsonValue> {

    private enum Kind { OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL, MISSING }

    /** Duplicate keys are refused in every text read (security review, finding 11). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** For texts the platform wrote, never a person ({@link #parseFromPlatform}): a repeated key keeps its last value. */
    private static final JsonFactory LAST_VALUE_WINS = new JsonFactory();
    private static final JsonValue MISSING = new JsonValue(Kind.MISSING, null);

    private final Kind kind;
    private final Object value;

    private JsonValue(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * The value in {@code text}: missing when the text holds none (blank).
     *
     * @param oneValueOnly refuse anything after the first value ({@code {…}{"x":1}})
     * @throws JsonProcessingException when the text is not JSON, or an object repeats a key
     */
    public static JsonValue parse(String text, boolean oneValueOnly) throws JsonProcessingException {
        return parse(() -> FACTORY.createParser(text), oneValueOnly);
    }

    /** {@link #parse(String, boolean)} of UTF-8 bytes, the first value only. */
    public static JsonValue parse(byte[] utf8) throws JsonProcessingException {
        return parse(new String(utf8, StandardCharsets.UTF_8), false);
    }

    /**
     * A text the platform wrote (API Gateway's event around a request), read as the Lambda runtime's data
     * binding reads it: UTF-8 strictly, a repeated key keeping its last value. What a person sends (a request's
     * body) is read with {@link #parse(String, boolean)}, which refuses a repeated key.
     *
     * @throws JsonProcessingException when the bytes are not JSON in UTF-8
     */
    public static JsonValue parseFromPlatform(byte[] utf8) throws JsonProcessingException {
        return parse(() -> LAST_VALUE_WINS.createParser(utf8), false);
    }

    /** A parser over the text to read. */
    private interface Opening {
        JsonParser open() throws IOException;
    }

    private static JsonValue parse(Opening opening, boolean oneValueOnly) throws JsonProcessingException {
        try (JsonParser parser = opening.open()) {
            return root(parser, oneValueOnly);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonValue root(JsonParser parser, boolean oneValueOnly) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return MISSING;
        }
        JsonValue value = read(parser, first);
        if (oneValueOnly) {
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after value");
            }
        }
        return value;
    }

    private static JsonValue read(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, JsonValue> fields = new LinkedHashMap<>();
                for (JsonToken t = next(parser); t != JsonToken.END_OBJECT; t = next(parser)) {
                    String name = parser.currentName();
                    fields.put(name, read(parser, next(parser)));
                }
                yield new JsonValue(Kind.OBJECT, Collections.unmodifiableMap(fields));
            }
            case START_ARRAY -> {
                List<JsonValue> items = new ArrayList<>();
                for (JsonToken t = next(parser); t != JsonToken.END_ARRAY; t = next(parser)) {
                    items.add(read(parser, t));
                }
                yield new JsonValue(Kind.ARRAY, Collections.unmodifiableList(items));
            }
            case VALUE_STRING -> new JsonValue(Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT -> new JsonValue(Kind.INTEGER, parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> new JsonValue(Kind.DECIMAL, parser.getDoubleValue());
            case VALUE_TRUE -> new JsonValue(Kind.BOOLEAN, true);
            case VALUE_FALSE -> new JsonValue(Kind.BOOLEAN, false);
            case VALUE_NULL -> new JsonValue(Kind.NULL, null);
            default -> throw new JsonParseException(parser, "Unexpected token (" + token + ")");
        };
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end-of-input");
        }
        return token;
    }

    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    public boolean isTextual() {
        return kind == Kind.STRING;
    }

    public boolean isBoolean() {
        return kind == Kind.BOOLEAN;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    public boolean isMissingNode() {
        return kind == Kind.MISSING;
    }

    /** A number written without a fraction or an exponent. */
    public boolean isIntegralNumber() {
        return kind == Kind.INTEGER;
    }

    public boolean canConvertToInt() {
        return kind == Kind.INTEGER && ((BigInteger) value).bitLength() < Integer.SIZE;
    }

    public boolean canConvertToLong() {
        return kind == Kind.INTEGER && ((BigInteger) value).bitLength() < Long.SIZE;
    }

    /** A whole number's value (only meaningful when {@link #canConvertToInt}); 0 for any other value. */
    public int intValue() {
        return kind == Kind.INTEGER ? ((BigInteger) value).intValue() : 0;
    }

    /** A whole number's value (only meaningful when {@link #canConvertToLong}); 0 for any other value. */
    public long longValue() {
        return kind == Kind.INTEGER ? ((BigInteger) value).longValue() : 0;
    }

    /** A text's value; null for any other value. */
    public String textValue() {
        return kind == Kind.STRING ? (String) value : null;
    }

    public boolean booleanValue() {
        return kind == Kind.BOOLEAN && (Boolean) value;
    }

    /** The value as text, as Jackson's {@code asText}: a text itself, a scalar's JSON; "" for the rest. */
    public String asText() {
        return switch (kind) {
            case STRING -> (String) value;
            case INTEGER, DECIMAL, BOOLEAN -> String.valueOf(value);
            case NULL -> "null";
            default -> "";
        };
    }

    /** An object's field, or null when there is none (or this is not an object). */
    public JsonValue get(String field) {
        return kind == Kind.OBJECT ? fields().get(field) : null;
    }

    /** An object's field, or a missing value. */
    public JsonValue path(String field) {
        JsonValue found = get(field);
        return found == null ? MISSING : found;
    }

    public boolean has(String field) {
        return get(field) != null;
    }

    /** An object's fields, in order; empty for any other value. */
    public Set<Map.Entry<String, JsonValue>> properties() {
        return kind == Kind.OBJECT ? fields().entrySet() : Set.of();
    }

    public Iterator<String> fieldNames() {
        return kind == Kind.OBJECT ? fields().keySet().iterator() : Collections.emptyIterator();
    }

    /** The number of an array's items or an object's fields; 0 for any other value. */
    public int size() {
        return switch (kind) {
            case OBJECT -> fields().size();
            case ARRAY -> items().size();
            default -> 0;
        };
    }

    /** An array's items, or an object's values; nothing for any other value. */
    @Override
    public Iterator<JsonValue> iterator() {
        return switch (kind) {
            case OBJECT -> fields().values().iterator();
            case ARRAY -> items().iterator();
            default -> Collections.emptyIterator();
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, JsonValue> fields() {
        return (Map<String, JsonValue>) value;
    }

    @SuppressWarnings("unchecked")
    private List<JsonValue> items() {
        return (List<JsonValue>) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonValue other && kind == other.kind && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return kind + (value == null ? "" : ":" + value);
    }
}
