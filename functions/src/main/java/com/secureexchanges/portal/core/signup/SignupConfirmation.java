package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.Opening;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.license.Billing;
import com.secureexchanges.portal.core.license.BillingPeriod;
import com.secureexchanges.portal.core.license.HeldLicense;
import com.secureexchanges.portal.core.license.Money;
import com.secureexchanges.portal.core.license.NewLicenses;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.license.OrderLine;
import com.secureexchanges.portal.core.license.OrderStatus;
import com.secureexchanges.portal.core.license.PaymentProvider;
import com.secureexchanges.portal.core.license.Plan;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * "Confirm and pay" (SPEC A2): in one write, the account and its pool, its first administrator (this
 * person, holding one of the licences bought, and signed in at once), the first order (paid through the
 * payment port) and the link used up. The link's rules are the sign-in link's: the binding first.
 */
public final class SignupConfirmation {

    /** The order a sign-up link would place, to review before confirming. */
    public record Review(PendingSignup signup, Plan plan, Money monthlyTotal) {
    }

    /** An opened account and its first administrator's session cookie value. */
    public record Opened(String accountId, String sessionCookie) {
    }

    private final SignupReview links;
    private final SignupStore store;
    private final NewLicenses licenses;
    private final PaymentProvider payments;
    private final SessionService sessions;
    private final Journal journal;
    private final TokenGenerator tokens;
    private final Clock clock;

    public SignupConfirmation(SignupReview links, SignupStore store, NewLicenses licenses, PaymentProvider payments,
                              SessionService sessions, Journal journal, TokenGenerator tokens, Clock clock) {
        this.links = links;
        this.store = store;
        this.licenses = licenses;
        this.payments = payments;
        this.sessions = sessions;
        this.journal = journal;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The order behind {@code token}; changes nothing.
     *
     * @throws LinkInvalid     unknown, used or expired (in the right browser)
     * @throws BrowserMismatch another browser (Error 2); the link stays usable
     */
    public Review review(String token, Optional<String> bindingCookie) {
        PendingSignup signup = links.open(token, bindingCookie);
        Plan plan = licenses.plan(signup.plan());
        return new Review(signup, plan, plan.monthlyPrice().times(signup.quantity()));
    }

    /**
     * Opens the account: see the class. Of concurrent confirmations of one link, one opens it.
     *
     * @throws LinkInvalid     unknown, used (also meanwhile) or expired
     * @throws BrowserMismatch another browser (Error 2); nothing is used up
     * @throws Conflict        {@code email_taken} or {@code domain_taken} when the address became a user's, or
     *                         its domain another account's, since the link was sent
     */
    public Opened confirm(String token, Optional<String> bindingCookie, ClientInfo client) {
        Review review = review(token, bindingCookie);
        PendingSignup signup = review.signup();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String accountId = tokens.id();
        User administrator = licenses.holding(new User(tokens.id(), accountId, signup.email(),
                Profile.of("", "", signup.language()), Role.ADMINISTRATOR, true, Security.NONE), review.plan());
        HeldLicense held = administrator.license().orElseThrow();
        BillingPeriod period = BillingPeriod.first(now);
        Order order = payments.start(new Order(tokens.id(), accountId, now, Order.Kind.PURCHASE,
                OrderStatus.AWAITING_PAYMENT, List.of(OrderLine.bought(review.plan(), signup.quantity(), period, now)),
                period,
                administrator.id(), "", Optional.empty()));
        Account account = new Account(accountId, signup.organization(), now, true,
                Billing.opened(order, Optional.of(held)));
        String self = administrator.id();
        List<Event> events = List.of(
                Event.of(EventType.ACCOUNT_CREATED, self, self, client).with("organization", signup.organization()),
                Event.of(EventType.LICENSE_PURCHASED, self, self, client).with("order", order.id())
                        .with("lines", review.plan().id() + ":" + signup.quantity())
                        .with("total", Long.toString(order.total().cents()))
                        .with("currency", order.total().currency()),
                Event.of(EventType.LICENSE_ASSIGNED, self, self, client).with("license", held.id())
                        .with("plan", held.plan()),
                Event.of(EventType.LOGIN_SUCCEEDED, self, self, client).with("via", "signup"));
        Appendix appendix = journal.prepare(administrator.chain(), ChainHead.GENESIS, events);
        NewSession session = sessions.open(administrator.id(), accountId, client);
        Optional<SignupStore.Refusal> refusal = store.open(signup,
                new Opening(account, administrator, Optional.of(order), appendix), session.session(), now);
        if (refusal.isEmpty()) {
            return new Opened(accountId, session.cookieValue());
        }
        payments.cancel(order);
        throw switch (refusal.get()) {
            case LINK_USED -> new LinkInvalid(LinkInvalid.Reason.USED);
            case EMAIL_TAKEN -> new Conflict(ErrorId.EMAIL_TAKEN);
            case DOMAIN_TAKEN -> new Conflict(ErrorId.DOMAIN_TAKEN);
        };
    }
}
