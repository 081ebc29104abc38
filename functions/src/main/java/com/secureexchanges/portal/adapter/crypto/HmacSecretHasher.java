package com.secureexchanges.portal.adapter.crypto;

import com.secureexchanges.portal.core.port.SecretHasher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a list of keys: the first hashes, all of them verify and find what was stored under
 * them ({@link #hashes}), so a key can be rotated by putting a new one first and dropping the old one
 * once what it hashed has expired. Immutable: a rotation builds a new one ({@link RefreshedSecretHasher}).
 */
public final class HmacSecretHasher implements SecretHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final List<SecretKeySpec> keys;

    public HmacSecretHasher(List<byte[]> keys) {
        if (keys.isEmpty() || keys.stream().anyMatch(k -> k.length < 32)) {
            throw new IllegalArgumentException("HMAC keys must be at least 32 bytes, and there must be at least one");
        }
        this.keys = keys.stream().map(k -> new SecretKeySpec(k.clone(), ALGORITHM)).toList();
    }

    @Override
    public String hash(String purpose, String secret) {
        return B64.encodeToString(mac(keys.getFirst(), purpose, secret));
    }

    @Override
    public List<String> hashes(String purpose, String secret) {
        return keys.stream().map(key -> B64.encodeToString(mac(key, purpose, secret))).toList();
    }

    @Override
    public boolean matches(String purpose, String secret, String expected) {
        byte[] wanted = expected.getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (SecretKeySpec key : keys) {
            byte[] actual = B64.encode(mac(key, purpose, secret));
            found |= MessageDigest.isEqual(actual, wanted);
        }
        return found;
    }

    private static byte[] mac(SecretKeySpec key, String purpose, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
