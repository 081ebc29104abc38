package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in link waiting to be used. Holds only keyed hashes of the link token and of the browser
 * binding cookie, and what the user's security was when it was sent.
 *
 * @param secondFactor    the verified number to text a code to after the link, for 2FA users
 * @param securityVersion the user's security version when the link was sent; redeem requires it unchanged
 */
public record PendingLink(String tokenHash, String addressKey, String userId, String accountId, String bindingHash,
                          Instant expiresAt, Optional<Instant> usedAt, Optional<PhoneNumber> secondFactor,
                          Language language, long securityVersion) {
}
