package com.secureexchanges.portal.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Plain Java values as compact JSON, with jackson-core's generator: maps (in their order) as objects,
 * collections as arrays, texts, numbers, booleans and null; the bytes Jackson's data binding wrote for them
 * (only what JSON requires is escaped: non-ASCII, {@code /} and {@code <} are written as they are).
 * Anything else is refused: a view is built of these values only.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonWriter() {
    }

    /**
     * @throws IllegalArgumentException naming the type of a value that is none of the above
     */
    public static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator out, Object value) throws IOException {
        switch (value) {
            case null -> out.writeNull();
            case String text -> out.writeString(text);
            case Boolean bool -> out.writeBoolean(bool);
            case Integer n -> out.writeNumber(n);
            case Long n -> out.writeNumber(n);
            case Short n -> out.writeNumber(n);
            case Byte n -> out.writeNumber(n.intValue());
            case Double n -> out.writeNumber(n);
            case Float n -> out.writeNumber(n);
            case BigInteger n -> out.writeNumber(n);
            case BigDecimal n -> out.writeNumber(n);
            case Map<?, ?> map -> {
                out.writeStartObject();
                for (Map.Entry<?, ?> field : map.entrySet()) {
                    out.writeFieldName(String.valueOf(field.getKey()));
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            case Collection<?> items -> {
                out.writeStartArray();
                for (Object item : items) {
                    write(out, item);
                }
                out.writeEndArray();
            }
            default -> throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
        }
    }
}
