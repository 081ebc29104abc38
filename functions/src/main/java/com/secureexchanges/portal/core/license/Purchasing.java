package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Management of licenses and Purchases" (SPEC A4, P1): orders that grow the pool, the purchase history, and
 * free licences removed from the account. Every change is one write with its event in the administrator's log.
 */
public final class Purchasing {

    /** Orders listed per page, newest first. */
    public static final int PAGE = 50;

    private final OrderBook book;
    private final Checkout checkout;
    private final Journal journal;
    private final Licensees licensees;
    private final LicensePolicy policy;

    public Purchasing(OrderBook book, Checkout checkout, Journal journal, UserDirectory users, LicensePolicy policy) {
        this.book = book;
        this.checkout = checkout;
        this.journal = journal;
        this.licensees = new Licensees(users, journal);
        this.policy = policy;
    }

    /**
     * Places an order (SPEC A4): priced from the catalogue, the rest of the running billing period charged
     * (all of it for the account's first order, which starts the cycle), paid through the payment provider,
     * recorded with its licences usable at once.
     *
     * @throws InvalidInput  {@code unknown_plan}, {@code invalid_quantity} (1 to 1,000 a line),
     *                       {@code duplicate_plan}, {@code missing_field} (no lines)
     * @throws RateLimited   {@code order_limit} past the account's orders an hour
     * @throws Unprocessable {@code too_many_licenses} when a plan would exceed its limit
     * @throws Forbidden     {@code reauthentication_required} without a login of the last minutes: an order
     *                       is billed, so a stolen session alone cannot place one
     */
    public Order order(Caller admin, List<OrderRequest> requested) {
        admin.requireAdministrator();
        List<Plan> planned = check(requested);
        checkout.requireRecentLogin(admin, admin.user(), EventType.LICENSE_PURCHASED);
        Instant now = checkout.now();
        Billing billing = admin.account().billing();
        BillingPeriod period = billing.periodAt(now).orElseGet(() -> BillingPeriod.first(now));
        List<OrderLine> lines = priced(planned, requested, period, now);
        Order order = checkout.start(admin, Order.Kind.PURCHASE, lines, period, now, Optional.empty());
        Event purchased = admin.event(EventType.LICENSE_PURCHASED).with("order", order.id())
                .with("lines", lines.stream().map(l -> l.plan() + ":" + l.quantity()).collect(Collectors.joining(",")))
                .with("total", Long.toString(order.total().cents())).with("currency", order.total().currency());
        User self = admin.user();
        Optional<OrderBook.Refusal> refusal = journal.record(self.chain(), self.journal(), List.of(purchased),
                appendix -> book.purchase(billing.anchor(), order, appendix));
        if (refusal.isEmpty()) {
            return order;
        }
        checkout.cancel(order);
        if (refusal.get() == OrderBook.Refusal.TOO_MANY) {
            throw licensees.refused(self, purchased, new Unprocessable(ErrorId.TOO_MANY_LICENSES));
        }
        throw Conflict.concurrentChange();
    }

    /**
     * What {@link #order} would charge now for {@code requested}, checked the same way but recording,
     * counting and billing nothing (so it needs no recent login): the review shows the exact amount before
     * "Pay". A price or the period may still change before the order is placed; the order says what it took.
     */
    public OrderPreview preview(Caller admin, List<OrderRequest> requested) {
        admin.requireAdministrator();
        List<Plan> planned = check(requested);
        Instant now = checkout.now();
        BillingPeriod period = admin.account().billing().periodAt(now).orElseGet(() -> BillingPeriod.first(now));
        return new OrderPreview(priced(planned, requested, period, now), new BillingPeriod(now, period.end()));
    }

    /** The lines of an order placed at {@code now}: each the share of its monthly price left in {@code period}. */
    private static List<OrderLine> priced(List<Plan> planned, List<OrderRequest> requested, BillingPeriod period,
                                          Instant now) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            lines.add(OrderLine.bought(planned.get(i), (int) requested.get(i).quantity(), period, now));
        }
        return lines;
    }

    private List<Plan> check(List<OrderRequest> requested) {
        if (requested.isEmpty()) {
            throw InvalidInput.field(ErrorId.MISSING_FIELD, "lines");
        }
        Set<String> seen = new HashSet<>();
        List<Plan> out = new ArrayList<>();
        for (OrderRequest line : requested) {
            Plan plan = policy.plans().require(line.plan());
            quantity(line.quantity(), policy.maxQuantity());
            if (!seen.add(plan.id())) {
                throw new InvalidInput(ErrorId.DUPLICATE_PLAN);
            }
            out.add(plan);
        }
        return out;
    }

    private static void quantity(long quantity, long most) {
        if (quantity < 1 || quantity > most) {
            throw new InvalidInput(ErrorId.INVALID_QUANTITY);
        }
    }

    /** The account's orders, newest first, a page at a time. */
    public OrderPage orders(Caller admin, Optional<String> cursor) {
        admin.requireAdministrator();
        try {
            return book.page(admin.account().id(), cursor, PAGE);
        } catch (IllegalArgumentException notOurCursor) {
            throw new InvalidInput(ErrorId.INVALID_CURSOR);
        }
    }

    /**
     * Removes free licences of a plan from the account (SPEC A5): the pool shrinks; held ones must be removed
     * from their users first. (Up to the most a pool can hold at once, unlike an order line; also the licences
     * of a plan the catalogue no longer offers.)
     *
     * @throws Conflict {@code not_enough_free_licenses} when fewer are free
     */
    public Billing removeFromAccount(Caller admin, String planId, long quantity) {
        admin.requireAdministrator();
        String plan = policy.plans().find(planId).map(Plan::id)
                .or(() -> Optional.of(planId).filter(admin.account().billing().seats()::containsKey))
                .orElseThrow(() -> new InvalidInput(ErrorId.UNKNOWN_PLAN));
        quantity(quantity, LicensePolicy.MAX_PER_PLAN);
        SeatChange removal = SeatChange.removed(plan, quantity);
        Event removed = admin.event(EventType.LICENSE_REMOVED_FROM_ACCOUNT).with("plan", plan)
                .with("quantity", Long.toString(quantity));
        User self = admin.user();
        Optional<OrderBook.Refusal> refusal = journal.record(self.chain(), self.journal(), List.of(removed),
                appendix -> book.shrink(admin.account().id(), removal, appendix));
        if (refusal.isPresent()) {
            throw licensees.refused(self, removed, new Conflict(ErrorId.NOT_ENOUGH_FREE_LICENSES));
        }
        return licensees.poolAfter(admin, List.of(removal));
    }
}
