package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.ChainRef;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in link waiting to be used. Holds only keyed hashes of the link token and of the browser
 * binding cookie, and what the user's security was when it was sent.
 *
 * @param email           the address it was sent to (the claim that keeps the user's chain head)
 * @param secondFactor    the verified number to text a code to after the link, for 2FA users
 * @param securityVersion the user's security version when the link was sent; redeem requires it unchanged
 * @param journal         the head of the user's event chain as last written with this link
 * @param setUpSecondFactor whether the user must set 2FA up after the link (an administrator requires it)
 */
public record PendingLink(String tokenHash, String addressKey, String userId, String accountId, EmailAddress email,
                          String bindingHash, Instant expiresAt, Optional<Instant> usedAt,
                          Optional<PhoneNumber> secondFactor, Language language, long securityVersion,
                          ChainHead journal, boolean setUpSecondFactor) {

    public ChainRef chain() {
        return new ChainRef(new UserKey(accountId, userId), email);
    }

    public PendingLink used(Instant at) {
        return new PendingLink(tokenHash, addressKey, userId, accountId, email, bindingHash, expiresAt, Optional.of(at),
                secondFactor, language, securityVersion, journal, setUpSecondFactor);
    }

    public PendingLink withJournal(ChainHead head) {
        return new PendingLink(tokenHash, addressKey, userId, accountId, email, bindingHash, expiresAt, usedAt,
                secondFactor, language, securityVersion, head, setUpSecondFactor);
    }
}
