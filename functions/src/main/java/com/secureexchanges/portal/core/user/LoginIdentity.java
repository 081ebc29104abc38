package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.Optional;

/**
 * What sign-in needs to know about the owner of an address.
 *
 * @param secondFactor the verified number to text a code to, when the user signs in with 2FA
 * @param securityVersion the user's {@link Security#version()} when this was read
 */
public record LoginIdentity(String userId, String accountId, Language language, boolean active,
                            Optional<PhoneNumber> secondFactor, long securityVersion) {

    public static LoginIdentity of(User user) {
        Security s = user.security();
        return new LoginIdentity(user.id(), user.accountId(), user.profile().language(), user.active(),
                s.twoFactor() ? s.verifiedMobile() : Optional.empty(), s.version());
    }
}
