package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.ChainRef;
import com.secureexchanges.portal.core.license.HeldLicense;
import com.secureexchanges.portal.core.model.EmailAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who can sign in, always inside one account.
 *
 * @param journal the head of the user's event chain when this was read
 * @param deleted  what is left of a deleted user (SPEC U3): a pseudonym, no personal data, no sign-in;
 *                 kept so that the account's events about them can still be read and verified
 * @param license  the licence the user holds (SPEC A5), if any: at most one
 */
public record User(String id, String accountId, EmailAddress email, Profile profile, Role role, boolean active,
                   Security security, ChainHead journal, boolean deleted, Optional<HeldLicense> license) {

    /** The domain of the pseudonymous address a deleted user is left with. */
    public static final String DELETED_DOMAIN = "deleted.invalid";

    public User {
        Objects.requireNonNull(license);
        if (deleted && license.isPresent()) {
            throw new IllegalArgumentException("a deleted user holds no licence");
        }
    }

    /** A user without a licence. */
    public User(String id, String accountId, EmailAddress email, Profile profile, Role role, boolean active,
                Security security, ChainHead journal, boolean deleted) {
        this(id, accountId, email, profile, role, active, security, journal, deleted, Optional.empty());
    }

    public User(String id, String accountId, EmailAddress email, Profile profile, Role role, boolean active,
                Security security, ChainHead journal) {
        this(id, accountId, email, profile, role, active, security, journal, false);
    }

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
        return new User(id, accountId, email, profile, changed, active, security, journal, deleted, license);
    }

    /** The same user, active or suspended; the security version grows (links and challenges die). */
    public User withActive(boolean changed) {
        return new User(id, accountId, email, profile, role, changed, new Security(security.mobile(),
                security.verified(), security.twoFactor(), security.version() + 1, security.oversight()), journal,
                deleted, license);
    }

    public User withProfile(Profile changed) {
        return new User(id, accountId, email, changed, role, active, security, journal, deleted, license);
    }

    /** The same user with a new second-factor state; the security version grows. */
    public User withSecurity(Security changed) {
        return new User(id, accountId, email, profile, role, active, new Security(changed.mobile(), changed.verified(),
                changed.twoFactor(), security.version() + 1, changed.oversight()), journal, deleted, license);
    }

    public User withJournal(ChainHead head) {
        return new User(id, accountId, email, profile, role, active, security, head, deleted, license);
    }

    /** The same user holding {@code held} (or, empty, no licence). */
    public User withLicense(Optional<HeldLicense> held) {
        return new User(id, accountId, email, profile, role, active, security, journal, deleted, held);
    }

    /**
     * What is kept of the user once deleted: the id, account and role, a pseudonymous address, no
     * names, no number, no licence, no sign-in (the security version grows).
     */
    public User deletedUser() {
        String local = "deleted-" + id.toLowerCase(Locale.ROOT);
        return new User(id, accountId, new EmailAddress(local.substring(0, Math.min(local.length(), 64)) + "@"
                + DELETED_DOMAIN), new Profile("", "", profile.language(), profile.timeZone(), profile.dateCulture()),
                role, false, new Security(Optional.empty(), false, false, security.version() + 1), journal, true);
    }
}
