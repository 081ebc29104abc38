package com.secureexchanges.portal.adapter.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HmacSecretHasherTest {

    private final List<byte[]> oldKey = HmacKeys.parse(HmacKeys.generate());
    private final List<byte[]> newKey = HmacKeys.parse(HmacKeys.generate());

    @Test
    void hash_isKeyedAndSeparatedByPurpose() {
        HmacSecretHasher a = new HmacSecretHasher(oldKey);
        HmacSecretHasher b = new HmacSecretHasher(newKey);
        assertEquals(43, a.hash("link", "secret").length());
        assertEquals(a.hash("link", "secret"), a.hash("link", "secret"));
        assertNotEquals(a.hash("link", "secret"), b.hash("link", "secret"));
        assertNotEquals(a.hash("link", "secret"), a.hash("captcha", "secret"));
    }

    @Test
    void matches_acceptsHashesOfEveryActiveKey_forRotation() {
        String underOld = new HmacSecretHasher(oldKey).hash("binding", "v");
        HmacSecretHasher rotated = new HmacSecretHasher(List.of(newKey.getFirst(), oldKey.getFirst()));
        assertTrue(rotated.matches("binding", "v", underOld));
        assertFalse(rotated.matches("binding", "w", underOld));
        assertFalse(new HmacSecretHasher(newKey).matches("binding", "v", underOld));
    }

    @Test
    void hashes_areUnderEveryActiveKey_theCurrentOneFirst_soLookupsFindWhatOlderKeysStored() {
        String underOld = new HmacSecretHasher(oldKey).hash("session", "id");
        HmacSecretHasher rotated = new HmacSecretHasher(List.of(newKey.getFirst(), oldKey.getFirst()));
        assertEquals(List.of(rotated.hash("session", "id"), underOld), rotated.hashes("session", "id"));
        assertEquals(Optional.of("found"), rotated.find("session", "id",
                hash -> hash.equals(underOld) ? Optional.of("found") : Optional.empty()));
        assertEquals(List.of(underOld), new HmacSecretHasher(oldKey).hashes("session", "id"));
    }

    @Test
    void refusesShortKeys() {
        assertThrows(IllegalArgumentException.class, () -> new HmacSecretHasher(List.of(new byte[16])));
    }
}
