package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.user.SensitiveChanges;
import com.secureexchanges.portal.core.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What every order goes through, a purchase or a paid upgrade (P1): a login of the last minutes (an order is
 * billed), the account's orders an hour, a fresh id, and the payment provider, told again when the order
 * could not be recorded after all. Also counts the account's upgrade quotes. Thread-safe.
 */
public final class Checkout {

    private final PaymentProvider payments;
    private final RateLimiter limiter;
    private final LicensePolicy policy;
    private final TokenGenerator tokens;
    private final Clock clock;
    private final SensitiveChanges sensitive;

    public Checkout(PaymentProvider payments, RateLimiter limiter, LicensePolicy policy, TokenGenerator tokens,
                    Clock clock, SensitiveChanges sensitive) {
        this.payments = payments;
        this.limiter = limiter;
        this.policy = policy;
        this.tokens = tokens;
        this.clock = clock;
        this.sensitive = sensitive;
    }

    /** Now, to the second, as orders and licences are stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A fresh opaque id (a quote's). */
    String newId() {
        return tokens.id();
    }

    /**
     * @throws Forbidden {@code reauthentication_required} (recorded in {@code subject}'s log as a failed
     *                   {@code type}) without a login of the last minutes: a stolen session alone cannot bill
     */
    void requireRecentLogin(Caller admin, User subject, EventType type) {
        sensitive.require(admin, subject, type);
    }

    /**
     * A new order of the administrator's account, from {@code lines}, for the rest of {@code period}, as the
     * payment provider leaves it (not recorded yet: {@link #cancel} it if it cannot be).
     *
     * @throws RateLimited {@code order_limit} past the account's orders an hour
     */
    Order start(Caller admin, Order.Kind kind, List<OrderLine> lines, BillingPeriod period, Instant at,
                Optional<String> upgraded) {
        count(admin, "orders", policy.ordersPerHour(), ErrorId.ORDER_LIMIT);
        return payments.start(new Order(tokens.id(), admin.account().id(), at, kind, OrderStatus.AWAITING_PAYMENT,
                lines, new BillingPeriod(at, period.end()), admin.user().id(), "", upgraded));
    }

    /** The order {@link #start} gave was not recorded. */
    void cancel(Order order) {
        payments.cancel(order);
    }

    /** @throws RateLimited {@code quote_limit} past the account's quotes an hour */
    void countQuote(Caller admin) {
        count(admin, "quotes", policy.quotesPerHour(), ErrorId.QUOTE_LIMIT);
    }

    private void count(Caller admin, String scope, int limit, ErrorId refusal) {
        if (!limiter.tryAcquire(RateWindow.fixed(scope, admin.account().id(), limit, Duration.ofHours(1),
                clock.instant()))) {
            throw new RateLimited(refusal);
        }
    }
}
