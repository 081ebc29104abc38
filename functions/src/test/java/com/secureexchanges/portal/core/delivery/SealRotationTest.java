package com.secureexchanges.portal.core.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.crypto.AesGcmSeal;
import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A delivery sealed just before the HMAC secret rotates still opens after it; another secret's never does. */
class SealRotationTest {

    @Test
    void sealedUnderTheOldKey_opensWhileItIsActive() {
        List<byte[]> old = HmacKeys.parse(HmacKeys.generate());
        List<byte[]> rotated = new ArrayList<>(HmacKeys.parse(HmacKeys.generate()));
        rotated.addAll(old);
        byte[] plain = "code 123456".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = new AesGcmSeal(new HmacSecretHasher(old)).seal(plain);
        assertArrayEquals(plain, new AesGcmSeal(new HmacSecretHasher(rotated)).open(sealed).orElseThrow());
        assertTrue(new AesGcmSeal(new HmacSecretHasher(HmacKeys.parse(HmacKeys.generate()))).open(sealed).isEmpty());
    }

    @Test
    void twoSealsOfTheSameText_differ() {
        AesGcmSeal seal = new AesGcmSeal(new HmacSecretHasher(HmacKeys.parse(HmacKeys.generate())));
        byte[] plain = "the same".getBytes(StandardCharsets.UTF_8);
        assertTrue(!java.util.Arrays.equals(seal.seal(plain), seal.seal(plain)), "a fresh nonce each time");
    }
}
