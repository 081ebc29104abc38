package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.ChainRef;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.Optional;

/**
 * What sign-in needs to know about the owner of an address (the claim on it).
 *
 * @param secondFactor    the verified number to text a code to, when the user signs in with 2FA
 * @param securityVersion the user's {@link Security#version()} when this was read
 * @param journal         the head of the user's event chain
 * @param setUpSecondFactor whether the user must set 2FA up right after the link ({@link Security#mustSetUp})
 */
public record LoginIdentity(String userId, String accountId, EmailAddress email, Language language, boolean active,
                            Optional<PhoneNumber> secondFactor, long securityVersion, ChainHead journal,
                            boolean setUpSecondFactor) {

    public static LoginIdentity of(User user) {
        Security s = user.security();
        return new LoginIdentity(user.id(), user.accountId(), user.email(), user.profile().language(), user.active(),
                s.twoFactor() ? s.verifiedMobile() : Optional.empty(), s.version(), user.journal(), s.mustSetUp());
    }

    public ChainRef chain() {
        return new ChainRef(new UserKey(accountId, userId), email);
    }
}
