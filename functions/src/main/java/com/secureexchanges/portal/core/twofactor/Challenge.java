package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.ChainRef;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.time.Instant;

/**
 * A pending SMS code: to sign in ({@code LOGIN#<keyed hash of the challenge cookie>}) or to prove a
 * new number ({@code ENROL#<account id>#<user id>}, so that an id of another account is another challenge). Holds the code only as a keyed hash bound to the key.
 *
 * @param email           the user's address (the claim that keeps their chain head)
 * @param securityVersion the user's security version when the challenge began; a change since
 *                        (new number, 2FA turned off, suspension) kills the challenge
 * @param journal         the head of the user's event chain as last written with this challenge
 */
public record Challenge(String key, String userId, String accountId, EmailAddress email, PhoneNumber phone,
                        Language language, String codeHash, Instant codeExpiresAt, int attempts, int sends,
                        Instant lastSentAt, Instant expiresAt, long securityVersion, ChainHead journal) {

    public static final String LOGIN = "LOGIN#";
    public static final String ENROL = "ENROL#";

    /** Whose challenge it is, as known when it begins. */
    public record Owner(String userId, String accountId, EmailAddress email, Language language, long securityVersion,
                        ChainHead journal) {
    }

    /** The key of a user's number confirmation. */
    public static String enrolKey(UserKey user) {
        return ENROL + user.accountId() + "#" + user.userId();
    }

    /** Whether this challenge is {@code user}'s. */
    public boolean belongsTo(UserKey user) {
        return accountId.equals(user.accountId()) && userId.equals(user.userId());
    }

    public ChainRef chain() {
        return new ChainRef(new UserKey(accountId, userId), email);
    }

    public Challenge withJournal(ChainHead head) {
        return new Challenge(key, userId, accountId, email, phone, language, codeHash, codeExpiresAt, attempts, sends,
                lastSentAt, expiresAt, securityVersion, head);
    }

    /** The same challenge after one more counted guess. */
    public Challenge counted() {
        return new Challenge(key, userId, accountId, email, phone, language, codeHash, codeExpiresAt, attempts + 1,
                sends, lastSentAt, expiresAt, securityVersion, journal);
    }

    /** The same challenge with a new code, sent at {@code now}. */
    public Challenge resent(String newCodeHash, Instant newCodeExpiresAt, Instant now, ChainHead head) {
        return new Challenge(key, userId, accountId, email, phone, language, newCodeHash, newCodeExpiresAt, attempts,
                sends + 1, now, expiresAt, securityVersion, head);
    }
}
