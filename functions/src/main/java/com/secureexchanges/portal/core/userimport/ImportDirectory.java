package com.secureexchanges.portal.core.userimport;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.user.User;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory as the CSV import uses it: many addresses read, and many users created, per round
 * trip (ACCESS-PATTERNS 16). Thread-safe.
 */
public interface ImportDirectory {

    /**
     * Who holds an address: a user of the importing account (as stored), or someone of another account,
     * of whom nothing more is told.
     */
    record Holder(Optional<User> inAccount) {

        public static final Holder ELSEWHERE = new Holder(Optional.empty());
    }

    /** A user to create, with the first events of their chain. */
    record Creation(User user, Appendix journal) {
    }

    /** What became of one creation. */
    enum Written {
        CREATED,
        /** Nothing written: the address (or the id) was taken meanwhile. */
        TAKEN,
        /** Nothing written: other writes kept colliding with this one; trying again may work. */
        BUSY,
        /** Nothing written: the free licences of the user's plan were taken meanwhile. */
        NO_LICENSE
    }

    /**
     * The holders of those of {@code addresses} that have a user anywhere; an address without one is
     * absent from the answer. Strongly consistent.
     */
    Map<EmailAddress, Holder> holders(String accountId, Collection<EmailAddress> addresses);

    /**
     * Creates each user and claims their address as {@code UserDirectory.create} does (a user holding a
     * licence takes it from the pool's free ones), each one all or nothing and independently of the others
     * (one that cannot be written never stops another), and keeps the account's count of active
     * administrators and its pool exact.
     *
     * @param creations users of one existing account, with distinct addresses
     * @return what became of each creation, in order
     */
    List<Written> createAll(List<Creation> creations);
}
