package com.secureexchanges.portal.core.audit;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.model.EmailAddress;

/**
 * Whose chain, and where its head is kept: with the user ({@code key}) and with the claim on their
 * address ({@code email}), which is what sign-in reads. Both are moved together by every append.
 */
public record ChainRef(UserKey key, EmailAddress email) {
}
