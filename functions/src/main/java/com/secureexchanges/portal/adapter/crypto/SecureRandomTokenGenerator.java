package com.secureexchanges.portal.adapter.crypto;

import com.secureexchanges.portal.core.port.TokenGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens from {@link SecureRandom}. A new generator is made per call, on the request path, so no
 * random state from a SnapStart snapshot is ever shared between execution environments.
 */
public final class SecureRandomTokenGenerator implements TokenGenerator {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Override
    public String token() {
        return randomBase64(32);
    }

    @Override
    public String id() {
        return randomBase64(16);
    }

    @Override
    public String digits(int count) {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String randomBase64(int bytes) {
        byte[] buffer = new byte[bytes];
        new SecureRandom().nextBytes(buffer);
        return B64.encodeToString(buffer);
    }
}
