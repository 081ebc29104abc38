package com.secureexchanges.portal.handler.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.secureexchanges.portal.core.error.InvalidInput;
import java.util.Optional;

/** JSON in and out of the handlers. Request bodies must be one object with no duplicate keys. */
public final class Json {

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public ObjectNode parseObject(String body) {
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("invalid_json", "The request body must be a JSON object.");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInput("invalid_json", "The request body must be a JSON object.");
        }
        return (ObjectNode) node;
    }

    /** A required string field, at most {@code maxLength} characters, with no control characters. */
    public String requiredText(ObjectNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInput("missing_field", "The field '" + field + "' is required.");
        }
        if (!value.isTextual()) {
            throw new InvalidInput("invalid_field", "The field '" + field + "' must be a string.");
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            throw new InvalidInput("invalid_field", "The field '" + field + "' is too long.");
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInput("invalid_field", "The field '" + field + "' contains control characters.");
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
            throw new InvalidInput("missing_field", "The field '" + field + "' is required.");
        }
        if (!value.isBoolean()) {
            throw new InvalidInput("invalid_field", "The field '" + field + "' must be true or false.");
        }
        return value.booleanValue();
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
