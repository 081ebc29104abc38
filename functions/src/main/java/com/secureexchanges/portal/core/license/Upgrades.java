package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserChanges;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Upgrades (SPEC A5): a user's licence, in place, to a higher plan. First a quote, the price difference for
 * the rest of the billing period ({@link BillingPeriod#prorate}), kept for 15 minutes; then paying the quote
 * records an order of exactly that amount and moves the licence, in one write that uses the quote up, so a
 * quote is paid once whatever is replayed or sent at the same moment.
 */
public final class Upgrades {

    private final UserChanges changes;
    private final OrderBook book;
    private final QuoteStore quotes;
    private final Checkout checkout;
    private final Licensees licensees;
    private final LicensePolicy policy;

    public Upgrades(UserDirectory users, UserChanges changes, OrderBook book, QuoteStore quotes, Checkout checkout,
                    Journal journal, LicensePolicy policy) {
        this.changes = changes;
        this.book = book;
        this.quotes = quotes;
        this.checkout = checkout;
        this.licensees = new Licensees(users, journal);
        this.policy = policy;
    }

    /** A paid upgrade: its order, the user after it, the pool after it. */
    public record Paid(Order order, User user, Billing pool) {
    }

    /**
     * The price of moving the user's licence to {@code planId} for the rest of the billing period.
     *
     * @throws Conflict      {@code not_licensed} when the user holds no licence
     * @throws Unprocessable {@code not_an_upgrade} unless the plan ranks higher than the user's
     * @throws RateLimited   {@code quote_limit} past the account's quotes an hour
     */
    public Quote quote(Caller admin, String userId, String planId) {
        Plan to = policy.plans().require(planId);
        User user = licensees.find(admin, userId);
        HeldLicense held = user.license().orElseThrow(() -> new Conflict(ErrorId.NOT_LICENSED));
        Plan from = policy.plans().find(held.plan()).filter(p -> p.below(to))
                .orElseThrow(() -> new Unprocessable(ErrorId.NOT_AN_UPGRADE));
        checkout.countQuote(admin);
        Instant now = checkout.now();
        BillingPeriod period = admin.account().billing().periodOf(held, now);
        Quote quote = new Quote(checkout.newId(), admin.account().id(), user.id(), held.id(), from.id(), to.id(),
                period.prorate(to.monthlyPrice().lessOrZero(from.monthlyPrice()), now), period,
                now.plus(policy.quoteLifetime()), false);
        quotes.put(quote);
        return quote;
    }

    /**
     * Pays the quote: an order of exactly its amount, and the user's licence on the quote's plan.
     *
     * @throws Unprocessable {@code quote_invalid} for an unknown quote, another account's or another user's;
     *                       {@code quote_expired} past its 15 minutes
     * @throws Conflict      {@code quote_used} when it was paid already, {@code quote_outdated} when the
     *                       user's licence changed since
     * @throws Forbidden     {@code reauthentication_required} without a login of the last minutes (it is billed)
     */
    public Paid pay(Caller admin, String userId, String quoteId) {
        User user = licensees.find(admin, userId);
        checkout.requireRecentLogin(admin, user, EventType.LICENSE_UPGRADED);
        Quote quote = (UserKey.isId(quoteId) ? quotes.find(admin.account().id(), quoteId) : Optional.<Quote>empty())
                .filter(q -> q.userId().equals(user.id()))
                .orElseThrow(() -> new Unprocessable(ErrorId.QUOTE_INVALID));
        Instant now = checkout.now();
        Event upgraded = admin.event(EventType.LICENSE_UPGRADED, user).with("license", quote.licenseId())
                .with("plan.before", quote.from()).with("plan.after", quote.to()).with("quote", quote.id());
        if (quote.used()) {
            throw licensees.refused(user, upgraded, new Conflict(ErrorId.QUOTE_USED));
        }
        if (quote.expiredAt(now)) {
            throw licensees.refused(user, upgraded, new Unprocessable(ErrorId.QUOTE_EXPIRED));
        }
        Money difference = policy.plans().require(quote.to()).monthlyPrice()
                .lessOrZero(policy.plans().require(quote.from()).monthlyPrice());
        Order order = checkout.start(admin, Order.Kind.UPGRADE, List.of(new OrderLine(quote.to(), 1, difference,
                quote.amount())), quote.period(), now, Optional.of(user.id()));
        Event recorded = upgraded.with("order", order.id()).with("total", Long.toString(quote.amount().cents()))
                .with("currency", quote.amount().currency());
        AtomicReference<PortalException> refused = new AtomicReference<>();
        Optional<User> after;
        try {
            after = changes.apply(user, stored -> {
                if (stored.license().filter(l -> l.id().equals(quote.licenseId()) && l.plan().equals(quote.from()))
                        .isEmpty()) {
                    throw new Conflict(ErrorId.QUOTE_OUTDATED);
                }
                return new UserChanges.Change(stored.withLicense(stored.license().map(l -> l.ofPlan(quote.to()))),
                        List.of(recorded));
            }, (before, changed, appendix) -> book.upgrade(quote, now, order, before, changed, appendix)
                    .map(refusal -> {
                        refused.set(error(refusal));
                        return false;
                    }).orElse(true));
        } catch (Conflict outdated) {
            checkout.cancel(order);
            throw licensees.refused(user, upgraded, outdated);
        }
        if (after.isEmpty()) {
            checkout.cancel(order);
            throw licensees.refused(user, upgraded,
                    Optional.ofNullable(refused.get()).orElseGet(Conflict::concurrentChange));
        }
        return new Paid(order, after.get(), licensees.poolAfter(admin, SeatChange.between(user.license(),
                after.get().license())));
    }

    private static PortalException error(OrderBook.Refusal refusal) {
        return switch (refusal) {
            case QUOTE_USED -> new Conflict(ErrorId.QUOTE_USED);
            case TOO_MANY -> new Unprocessable(ErrorId.TOO_MANY_LICENSES);
            case CHANGED, NOT_ENOUGH_FREE -> new Conflict(ErrorId.QUOTE_OUTDATED);
        };
    }
}
