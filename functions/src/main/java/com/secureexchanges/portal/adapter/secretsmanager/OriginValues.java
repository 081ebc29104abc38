package com.secureexchanges.portal.adapter.secretsmanager;

import com.secureexchanges.portal.core.port.OriginSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The values of the origin secret valid at one moment: the current one and, during a rotation, the previous one. */
public final class OriginValues implements OriginSecret {

    private final List<byte[]> values;

    private OriginValues(List<byte[]> values) {
        this.values = values;
    }

    /** {@code current}, and {@code previous} when the secret has one. */
    public static OriginValues of(String current, Optional<String> previous) {
        return new OriginValues(Stream.concat(Stream.of(current), previous.stream())
                .map(v -> v.getBytes(StandardCharsets.UTF_8)).toList());
    }

    @Override
    public boolean accepts(String headerValue) {
        byte[] offered = headerValue.getBytes(StandardCharsets.UTF_8);
        boolean accepted = false;
        for (byte[] value : values) {
            accepted |= MessageDigest.isEqual(offered, value);
        }
        return accepted;
    }
}
