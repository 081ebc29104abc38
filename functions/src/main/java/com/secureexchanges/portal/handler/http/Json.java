package com.secureexchanges.portal.handler.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import java.util.Optional;

/** JSON in and out of the handlers. Request bodies must be one object with no duplicate keys. */
public final class Json {

    /** Duplicate keys and anything after the object ({@code {…}{"x":1}}) are refused (security review, finding 11). */
    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ObjectNode parseObject(String body) {
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInput(ErrorId.INVALID_JSON);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInput(ErrorId.INVALID_JSON);
        }
        return (ObjectNode) node;
    }

    /** A required string field, at most {@code maxLength} characters, with no control characters. */
    public String requiredText(ObjectNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw InvalidInput.field(ErrorId.MISSING_FIELD, field);
        }
        if (!value.isTextual()) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, field);
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, field);
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, field);
        }
        return text;
    }

    /** An optional string field: empty when absent, null or blank. */
    public Optional<String> optionalText(ObjectNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
            return Optional.empty();
        }
        return Optional.of(requiredText(body, field, maxLength));
    }

    public boolean requiredBoolean(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw InvalidInput.field(ErrorId.MISSING_FIELD, field);
        }
        if (!value.isBoolean()) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, field);
        }
        return value.booleanValue();
    }

    /** A required whole number from {@code min} to {@code max}: {@code 3}, not {@code "3"}, {@code 3.5} or {@code 1e3}. */
    public int requiredInt(ObjectNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw InvalidInput.field(ErrorId.MISSING_FIELD, field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, field);
        }
        return value.intValue();
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
