package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.time.Instant;

/**
 * A pending SMS code: to sign in ({@code LOGIN#<keyed hash of the challenge cookie>}) or to prove a
 * new number ({@code ENROL#<user id>}). Holds the code only as a keyed hash bound to the key.
 *
 * @param securityVersion the user's security version when the challenge began; a change since
 *                        (new number, 2FA turned off, suspension) kills the challenge
 */
public record Challenge(String key, String userId, String accountId, PhoneNumber phone, Language language,
                        String codeHash, Instant codeExpiresAt, int attempts, int sends, Instant lastSentAt,
                        Instant expiresAt, long securityVersion) {

    public static final String LOGIN = "LOGIN#";
    public static final String ENROL = "ENROL#";
}
