package com.secureexchanges.portal.adapter.crypto;

import com.secureexchanges.portal.core.port.SecretHasher;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link SecretHasher} over keys that are read again as they rotate: each call uses the hasher that
 * {@code current} gives at that moment (in AWS, the keys secret re-read every few minutes and after a
 * SnapStart restore). Thread-safe when {@code current} is.
 */
public final class RefreshedSecretHasher implements SecretHasher {

    private final Supplier<? extends SecretHasher> current;

    public RefreshedSecretHasher(Supplier<? extends SecretHasher> current) {
        this.current = current;
    }

    @Override
    public String hash(String purpose, String secret) {
        return current.get().hash(purpose, secret);
    }

    @Override
    public List<String> hashes(String purpose, String secret) {
        return current.get().hashes(purpose, secret);
    }

    @Override
    public boolean matches(String purpose, String secret, String expected) {
        return current.get().matches(purpose, secret, expected);
    }
}
