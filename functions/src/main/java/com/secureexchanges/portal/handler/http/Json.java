package com.secureexchanges.portal.handler.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.JsonWriter;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import java.util.Optional;

/**
 * JSON in and out of the handlers, with jackson-core's streaming parser and generator ({@link JsonValue},
 * {@link JsonWriter}). Request bodies must be one object with no duplicate keys.
 */
public final class Json {

    /** Duplicate keys and anything after the object ({@code {…}{"x":1}}) are refused (security review, finding 11). */
    public JsonValue parseObject(String body) {
        JsonValue node;
        try {
            node = JsonValue.parse(body, true);
        } catch (JsonProcessingException e) {
            throw new InvalidInput(ErrorId.INVALID_JSON);
        }
        if (!node.isObject()) {
            throw new InvalidInput(ErrorId.INVALID_JSON);
        }
        return node;
    }

    /** A required string field, at most {@code maxLength} characters, with no control characters. */
    public String requiredText(JsonValue body, String field, int maxLength) {
        JsonValue value = body.get(field);
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
    public Optional<String> optionalText(JsonValue body, String field, int maxLength) {
        JsonValue value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
            return Optional.empty();
        }
        return Optional.of(requiredText(body, field, maxLength));
    }

    public boolean requiredBoolean(JsonValue body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.isNull()) {
            throw InvalidInput.field(ErrorId.MISSING_FIELD, field);
        }
        if (!value.isBoolean()) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, field);
        }
        return value.booleanValue();
    }

    /** An optional boolean field: empty when absent or null, {@code invalid_field} when not a boolean. */
    public Optional<Boolean> optionalBoolean(JsonValue body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(requiredBoolean(body, field));
    }

    /** A required whole number from {@code min} to {@code max}: {@code 3}, not {@code "3"}, {@code 3.5} or {@code 1e3}. */
    public int requiredInt(JsonValue body, String field, int min, int max) {
        JsonValue value = body.get(field);
        if (value == null || value.isNull()) {
            throw InvalidInput.field(ErrorId.MISSING_FIELD, field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, field);
        }
        return value.intValue();
    }

    /** A response view (maps, lists, texts, numbers, booleans and null) as compact JSON. */
    public String write(Object value) {
        try {
            return JsonWriter.write(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
