package com.secureexchanges.portal.adapter.dynamodb;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Tiny helpers for hand-mapped items. */
final class Attrs {

    private Attrs() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue time(Instant value) {
        return n(value.getEpochSecond());
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || v.s() == null) {
            throw new IllegalStateException("stored item lacks string attribute " + name);
        }
        return v.s();
    }

    static Optional<String> optStr(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? Optional.empty() : Optional.ofNullable(v.s());
    }

    static long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        return Instant.ofEpochSecond(num(item, name));
    }

    static Optional<Instant> optInstant(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Optional.of(instant(item, name)) : Optional.empty();
    }
}
