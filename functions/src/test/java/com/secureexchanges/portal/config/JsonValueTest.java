package com.secureexchanges.portal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The functions' JSON (jackson-core only) against what Jackson's data binding, which the functions used before
 * (and the tests still have), read and wrote: the same texts accepted and refused, the same values, the same bytes.
 */
class JsonValueTest {

    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> TEXTS = List.of("", "   ", "null", "3", "\"x\"", "[]", "{}", "{} ", "{}{\"x\":1}",
            "{} x", "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":1}}", "{\"a\":", "{\"a\" 1}", "{'a':1}", "{a:1}",
            "{\"a\":01}", "{\"a\":-0}", "{\"a\":3}", "{\"a\":\"3\"}", "{\"a\":3.5}", "{\"a\":1e3}", "{\"a\":1E-3}",
            "{\"a\":2147483647}", "{\"a\":2147483648}", "{\"a\":-2147483648}", "{\"a\":-2147483649}",
            "{\"a\":9223372036854775807}", "{\"a\":9223372036854775808}", "{\"a\":-9223372036854775809}",
            "{\"a\":123456789012345678901234567890}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":1e999}",
            "{\"a\":true,\"b\":false,\"c\":null}", "{\"a\":[1,[2,{\"b\":[]}]],\"z\":{}}", "{\"a\":\"\\u00e9\\n\\t\"}",
            "{\"a\":\"\t\"}", "{\"a\":\"\\ud83d\\ude00\"}", "{\"a\":1,}", "[1,]", "{\"a\":[1 2]}", "// c\n{}",
            "{\"a\":\"x\"} // c", "\uFEFF{}", "{\"b\":2,\"a\":1}", "[{\"a\":1},{\"a\":1,\"a\":1}]");

    @Test
    void readsAndRefusesWhatDataBindingReadAndRefused() {
        for (String text : TEXTS) {
            for (boolean strict : List.of(true, false)) {
                ObjectMapper mapper = strict ? STRICT
                        : MAPPER.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                Optional<JsonNode> expected;
                try {
                    expected = Optional.ofNullable(mapper.readTree(text));
                } catch (JsonProcessingException e) {
                    expected = Optional.empty();
                }
                Optional<JsonValue> actual;
                try {
                    actual = Optional.of(JsonValue.parse(text, strict));
                } catch (JsonProcessingException e) {
                    actual = Optional.empty();
                }
                assertEquals(expected.isPresent(), actual.isPresent(), text + " strict " + strict);
                if (expected.isPresent()) {
                    same(expected.get(), actual.get(), text);
                }
            }
        }
    }

    private static void same(JsonNode expected, JsonValue actual, String where) {
        assertEquals(expected.isObject(), actual.isObject(), where);
        assertEquals(expected.isArray(), actual.isArray(), where);
        assertEquals(expected.isTextual(), actual.isTextual(), where);
        assertEquals(expected.isBoolean(), actual.isBoolean(), where);
        assertEquals(expected.isNull(), actual.isNull(), where);
        assertEquals(expected.isMissingNode(), actual.isMissingNode(), where);
        assertEquals(expected.isIntegralNumber(), actual.isIntegralNumber(), where);
        assertEquals(expected.textValue(), actual.textValue(), where);
        assertEquals(expected.booleanValue(), actual.booleanValue(), where);
        assertEquals(expected.size(), actual.size(), where);
        if (expected.isIntegralNumber()) {
            assertEquals(expected.canConvertToInt(), actual.canConvertToInt(), where);
            assertEquals(expected.canConvertToLong(), actual.canConvertToLong(), where);
            if (expected.canConvertToLong()) {
                assertEquals(expected.intValue(), actual.intValue(), where);
                assertEquals(expected.longValue(), actual.longValue(), where);
            }
        }
        if (!expected.isNumber()) {
            assertEquals(expected.asText(), actual.asText(), where);
        }
        List<String> names = new ArrayList<>();
        actual.fieldNames().forEachRemaining(names::add);
        List<String> expectedNames = new ArrayList<>();
        expected.fieldNames().forEachRemaining(expectedNames::add);
        assertEquals(expectedNames, names, where);
        for (String name : names) {
            same(expected.get(name), actual.get(name), where + " ." + name);
        }
        if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                int index = i;
                same(expected.get(i), actual.isArray() ? list(actual).get(index) : null, where + " [" + i + "]");
            }
        }
    }

    private static List<JsonValue> list(JsonValue array) {
        List<JsonValue> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void writesTheBytesDataBindingWrote() throws JsonProcessingException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("text", "é ü 中文 😀 / </script> & ' \" \\ \n\r\t\b\f \u0000 \u001f \u007f \u2028 \u2029 \ud800");
        view.put("null", null);
        view.put("int", Integer.MIN_VALUE);
        view.put("long", Long.MAX_VALUE);
        view.put("short", (short) -3);
        view.put("double", 3.5);
        view.put("float", 0.1f);
        view.put("big", new BigInteger("123456789012345678901234567890"));
        view.put("decimal", new BigDecimal("1E+3"));
        view.put("booleans", List.of(true, false));
        view.put("nested", Map.of("k", Arrays.asList(1, null, Map.of())));
        view.put("empty", List.of());
        view.put("of", Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5));
        view.put("", "empty key");
        assertEquals(MAPPER.writeValueAsString(view), JsonWriter.write(view));
        assertEquals(MAPPER.writeValueAsString(List.of("x")), JsonWriter.write(List.of("x")));
        assertEquals(MAPPER.writeValueAsString(null), JsonWriter.write(null));
    }

    @Test
    void refusesValuesWithNoPlainJsonForm() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(Map.of("when", java.time.Instant.EPOCH)));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(Optional.of("x")));
    }
}
