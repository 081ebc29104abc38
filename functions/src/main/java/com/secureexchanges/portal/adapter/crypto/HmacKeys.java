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

    /**
     * The keys of {@code text}, newest first.
     *
     * @throws IllegalArgumentException when there is none, or one is not base64; the message quotes none of the text
     */
    public static List<byte[]> parse(String text) {
        List<byte[]> keys = new ArrayList<>();
        for (String part : text.strip().split("\\s*,\\s*")) {
            if (!part.isEmpty()) {
                keys.add(decode(part, keys.size() + 1));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no HMAC key found");
        }
        return keys;
    }

    private static byte[] decode(String key, int position) {
        try {
            return Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException notBase64) {
            // The decoder's message quotes the offending character: a part of a key must not reach a log.
            throw new IllegalArgumentException("HMAC key " + position + " of the list is not base64");
        }
    }

    /** A new random key in stored form (for the local key file). */
    public static String generate() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
