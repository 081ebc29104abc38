package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.user.User;
import java.time.Instant;
import java.util.Optional;

/**
 * An account's orders and the pool they grow (SPEC A4, P1). Every write is one atomic write with its events
 * (and throws {@link HeadMoved}, writing nothing, when the chain's head moved). Thread-safe.
 */
public interface OrderBook {

    /** Why a write was refused; nothing was written. */
    enum Refusal {
        /** A plan would hold more than {@link LicensePolicy#MAX_PER_PLAN} licences. */
        TOO_MANY,
        /** Fewer free licences than asked for. */
        NOT_ENOUGH_FREE,
        /** The quote was paid already (or has expired). */
        QUOTE_USED,
        /** What the write was decided on changed meanwhile (the billing anchor, the upgraded licence). */
        CHANGED
    }

    /**
     * Records a purchase and grows the pool by its lines; an account's first order ({@code seenAnchor}
     * empty) anchors its billing cycle at the order's time, only if no other order did meanwhile.
     */
    Optional<Refusal> purchase(Optional<Instant> seenAnchor, Order order, Appendix journal);

    /** Removes free licences from the pool ({@code removal}: negative total and free), if so many are free. */
    Optional<Refusal> shrink(String accountId, SeatChange removal, Appendix journal);

    /**
     * Pays {@code quote} at {@code at}: marks it used (once, unexpired), records {@code order} and moves the
     * holder's licence to the quote's plan ({@code before} to {@code after}), in one write.
     */
    Optional<Refusal> upgrade(Quote quote, Instant at, Order order, User before, User after, Appendix journal);

    /** One page of the account's orders, newest first, after {@code cursor} (from the previous page). */
    OrderPage page(String accountId, Optional<String> cursor, int limit);
}
