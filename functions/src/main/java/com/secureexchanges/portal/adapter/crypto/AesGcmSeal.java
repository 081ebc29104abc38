package com.secureexchanges.portal.adapter.crypto;

import com.secureexchanges.portal.core.port.Seal;
import com.secureexchanges.portal.core.port.SecretHasher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under keys derived from the portal's HMAC secret (one HMAC of a fixed label per active
 * key, so the keys rotate with that secret and no other secret must be kept). A sealed value is a
 * version byte, a 96-bit random nonce drawn per call, then the ciphertext and its 128-bit tag; the
 * label is bound as associated data. {@link #open} tries the current key, then the older ones.
 */
public final class AesGcmSeal implements Seal {

    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final String PURPOSE = "delivery-seal";
    private static final byte[] LABEL = "secure-exchanges-portal/delivery/v1".getBytes(StandardCharsets.UTF_8);

    private final SecretHasher hasher;

    public AesGcmSeal(SecretHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE];
        new SecureRandom().nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys().getFirst(), nonce);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public Optional<byte[]> open(byte[] sealed) {
        if (sealed.length < 1 + NONCE + TAG_BITS / 8 || sealed[0] != VERSION) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOfRange(sealed, 1, 1 + NONCE);
        for (byte[] key : keys()) {
            try {
                return Optional.of(cipher(Cipher.DECRYPT_MODE, key, nonce).doFinal(sealed, 1 + NONCE,
                        sealed.length - 1 - NONCE));
            } catch (AEADBadTagException notThisKey) {
                // an older key, or a changed value: try the next
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
        }
        return Optional.empty();
    }

    private java.util.List<byte[]> keys() {
        return hasher.hashes(PURPOSE, "v1").stream().map(Base64.getUrlDecoder()::decode).toList();
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(LABEL);
        return cipher;
    }
}
