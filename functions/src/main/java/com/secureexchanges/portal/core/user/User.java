package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.ChainRef;
import com.secureexchanges.portal.core.model.EmailAddress;

/**
 * A person who can sign in, always inside one account.
 *
 * @param journal the head of the user's event chain when this was read
 */
public record User(String id, String accountId, EmailAddress email, Profile profile, Role role, boolean active,
                   Security security, ChainHead journal) {

    /** A user with an empty journal. */
    public User(String id, String accountId, EmailAddress email, Profile profile, Role role, boolean active,
                Security security) {
        this(id, accountId, email, profile, role, active, security, ChainHead.GENESIS);
    }

    public UserKey key() {
        return new UserKey(accountId, id);
    }

    /** The user's event chain, whose head is kept with the user and with the claim on their address. */
    public ChainRef chain() {
        return new ChainRef(key(), email);
    }

    public boolean administrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** Whether the user counts among the account's active administrators (SPEC U3). */
    public boolean activeAdministrator() {
        return active && administrator();
    }

    public User withRole(Role changed) {
        return new User(id, accountId, email, profile, changed, active, security, journal);
    }

    /** The same user, active or suspended; the security version grows (links and challenges die). */
    public User withActive(boolean changed) {
        return new User(id, accountId, email, profile, role, changed, new Security(security.mobile(),
                security.verified(), security.twoFactor(), security.version() + 1), journal);
    }

    public User withProfile(Profile changed) {
        return new User(id, accountId, email, changed, role, active, security, journal);
    }

    /** The same user with a new second-factor state; the security version grows. */
    public User withSecurity(Security changed) {
        return new User(id, accountId, email, profile, role, active, new Security(changed.mobile(), changed.verified(),
                changed.twoFactor(), security.version() + 1), journal);
    }

    public User withJournal(ChainHead head) {
        return new User(id, accountId, email, profile, role, active, security, head);
    }
}
