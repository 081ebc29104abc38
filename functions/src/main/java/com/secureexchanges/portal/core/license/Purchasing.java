package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private final PaymentProvider payments;
    private final Journal journal;
    private final Licensees licensees;
    private final RateLimiter limiter;
    private final LicensePolicy policy;
    private final TokenGenerator tokens;
    private final Clock clock;

    public Purchasing(OrderBook book, PaymentProvider payments, Journal journal, UserDirectory users,
                      RateLimiter limiter, LicensePolicy policy, TokenGenerator tokens, Clock clock) {
        this.book = book;
        this.payments = payments;
        this.journal = journal;
        this.licensees = new Licensees(users, journal);
        this.limiter = limiter;
        this.policy = policy;
        this.tokens = tokens;
        this.clock = clock;
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
     */
    public Order order(Caller admin, List<OrderRequest> requested) {
        admin.requireAdministrator();
        List<Plan> planned = check(requested);
        if (!limiter.tryAcquire(RateWindow.fixed("orders", admin.account().id(), policy.ordersPerHour(),
                Duration.ofHours(1), clock.instant()))) {
            throw new RateLimited(ErrorId.ORDER_LIMIT);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Billing billing = admin.account().billing();
        BillingPeriod period = billing.periodAt(now).orElseGet(() -> BillingPeriod.first(now));
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Plan plan = planned.get(i);
            int quantity = (int) requested.get(i).quantity();
            Money month = plan.monthlyPrice().times(quantity);
            lines.add(new OrderLine(plan.id(), quantity, plan.monthlyPrice(), period.prorate(month, now)));
        }
        Order order = payments.start(new Order(tokens.id(), admin.account().id(), now, Order.Kind.PURCHASE,
                OrderStatus.AWAITING_PAYMENT, lines, new BillingPeriod(now, period.end()), admin.user().id(), "",
                Optional.empty()));
        Event purchased = admin.event(EventType.LICENSE_PURCHASED).with("order", order.id())
                .with("lines", lines.stream().map(l -> l.plan() + ":" + l.quantity()).collect(Collectors.joining(",")))
                .with("total", Long.toString(order.total().cents())).with("currency", order.total().currency());
        User self = admin.user();
        Optional<OrderBook.Refusal> refusal = journal.record(self.chain(), self.journal(), List.of(purchased),
                appendix -> book.purchase(billing.anchor(), order, appendix));
        if (refusal.isEmpty()) {
            return order;
        }
        payments.cancel(order);
        if (refusal.get() == OrderBook.Refusal.TOO_MANY) {
            throw licensees.refused(self, purchased, new Unprocessable(ErrorId.TOO_MANY_LICENSES));
        }
        throw Conflict.concurrentChange();
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
     * from their users first. (Up to the most a pool can hold at once, unlike an order line.)
     *
     * @throws Conflict {@code not_enough_free_licenses} when fewer are free
     */
    public Billing removeFromAccount(Caller admin, String planId, long quantity) {
        admin.requireAdministrator();
        Plan plan = policy.plans().require(planId);
        quantity(quantity, LicensePolicy.MAX_PER_PLAN);
        SeatChange removal = SeatChange.removed(plan.id(), quantity);
        Event removed = admin.event(EventType.LICENSE_REMOVED_FROM_ACCOUNT).with("plan", plan.id())
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
