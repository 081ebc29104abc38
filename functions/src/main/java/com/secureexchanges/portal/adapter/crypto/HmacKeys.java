package com.secureexchanges.portal.adapter.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * HMAC keys in their stored form: base64 keys separated by commas, newest first
 * ({@code "k2,k1"}). The same text is kept in Secrets Manager in AWS and in a file in local mode.
 */
public final class HmacKeys {

    private HmacKeys() {
    }

    public static List<byte[]> parse(String text) {
        List<byte[]> keys = new ArrayList<>();
        for (String part : text.strip().split("\\s*,\\s*")) {
            if (!part.isEmpty()) {
                keys.add(Base64.getDecoder().decode(part));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no HMAC key found");
        }
        return keys;
    }

    /** A new random key in stored form (for the local key file). */
    public static String generate() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
