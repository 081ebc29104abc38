package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.user.User;
import java.util.List;
import java.util.Optional;

/**
 * The licences users of an account hold (SPEC A5). Every write is one atomic write with the user's events,
 * conditioned so that the pool never goes negative, a licence is never held by two users and a user never
 * holds two, whatever runs at the same moment; each throws {@link HeadMoved}, writing nothing, when a
 * chain's head moved. Thread-safe.
 */
public interface LicenseLedger {

    /** Why a write was refused; nothing was written. */
    enum Refusal {
        /** No free licence of the plan is left in the pool. */
        NO_FREE_LICENSE,
        /** The user who was to receive a licence holds one now. */
        TAKEN,
        /** The user no longer holds what the write expected (or is gone). */
        CHANGED
    }

    /** The account's held licences and who holds each, by licence id. */
    List<Holding> held(String accountId);

    /**
     * Makes the user hold what {@code after} holds instead of what {@code before} holds (either may be
     * nothing: an assignment, a change of plan, a removal), taking the new licence from the pool's free
     * ones and giving the old one back, with {@code journal}; only if the user still holds what
     * {@code before} holds.
     */
    Optional<Refusal> change(User before, User after, Appendix journal);

    /**
     * Moves {@code from}'s licence to {@code to} (who holds none), as {@code to}'s from {@code to}'s
     * {@link User#license()} on; the pool does not change. Both users' events in one write.
     */
    Optional<Refusal> transfer(User from, User to, Appendix fromJournal, Appendix toJournal);
}
