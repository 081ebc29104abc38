package com.secureexchanges.portal.adapter.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomTokenGeneratorTest {

    private final SecureRandomTokenGenerator tokens = new SecureRandomTokenGenerator();

    /** Chi-square over 60,000 digits, 9 degrees of freedom: 27.88 is the 0.001 critical value. */
    @Test
    void digits_areUniform() {
        int[] counts = new int[10];
        int total = 0;
        for (int i = 0; i < 10_000; i++) {
            for (char c : tokens.digits(6).toCharArray()) {
                counts[c - '0']++;
                total++;
            }
        }
        assertEquals(60_000, total);
        double expected = total / 10.0;
        double chiSquare = 0;
        for (int count : counts) {
            assertTrue(count > 0, "every digit appears");
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        assertTrue(chiSquare < 27.88, "chi-square " + chiSquare + " for counts " + java.util.Arrays.toString(counts));
    }

    @Test
    void token_is256RandomBits_andId128() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = tokens.token();
            assertEquals(43, token.length());
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(seen.add(token));
        }
        assertEquals(16, Base64.getUrlDecoder().decode(tokens.id()).length);
    }
}
