package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-up link waiting to be confirmed (SPEC A2): the order asked for, and only keyed hashes of the
 * link token and of the browser binding, like a sign-in link.
 *
 * @param language the language of the page that asked, for the new administrator's profile
 */
public record PendingSignup(String tokenHash, EmailAddress email, String organization, String plan, int quantity,
                            String bindingHash, Instant expiresAt, Optional<Instant> usedAt, Language language) {
}
