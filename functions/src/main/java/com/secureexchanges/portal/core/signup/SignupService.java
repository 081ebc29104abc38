package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.login.Asking;
import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.login.LoginAttempt.AddressUpdate;
import com.secureexchanges.portal.core.license.Plans;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.Pacer;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.user.AdminNotices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asking to buy licences as a new organisation (SPEC A2), under every rule of the sign-in request
 * (SPEC L3–L5, L7): the answer never changes, the captcha is used up by its first answer, and the
 * address's throttle — shared with sign-in — decides silently whether an email goes out. Which email
 * depends on the address: a same-browser link to confirm the order; "log in instead" for an address
 * that has a user; "ask your administrators" for an address on a domain another account approved
 * (whose administrators are told, a few times an hour at most).
 */
public final class SignupService {

    /** Notices to one account's administrators that someone of their domain tried to sign up, per hour. */
    static final int NOTICES_PER_HOUR = 3;
    /**
     * How many of the domain owner's administrators (the first by name) are told of a sign-up: their
     * emails are written in the request's transaction, which DynamoDB caps at 100 items.
     */
    static final int ADMINISTRATORS_TOLD = 20;

    private final CaptchaService captchas;
    private final SignupStore store;
    private final RateLimiter limiter;
    private final AdminNotices administrators;
    private final Mailroom mailroom;
    private final SignupEmails emails;
    private final TokenGenerator tokens;
    private final SecretHasher hasher;
    private final Clock clock;
    private final LoginPolicy policy;
    private final Plans plans;
    private final String siteUrl;
    private final Pacer pacer;

    public SignupService(CaptchaService captchas, SignupStore store, RateLimiter limiter, AdminNotices administrators,
                         Mailroom mailroom, SignupEmails emails, TokenGenerator tokens, SecretHasher hasher, Clock clock,
                         LoginPolicy policy, Plans plans, String siteUrl, Pacer pacer) {
        this.captchas = captchas;
        this.store = store;
        this.limiter = limiter;
        this.administrators = administrators;
        this.mailroom = mailroom;
        this.emails = emails;
        this.tokens = tokens;
        this.hasher = hasher;
        this.clock = clock;
        this.policy = policy;
        this.plans = plans;
        this.siteUrl = siteUrl;
        this.pacer = pacer;
    }

    /**
     * Records a sign-up request and, when the captcha is right and the address's limits allow, emails
     * the address. Always returns a fresh browser-binding value for the caller's cookie.
     *
     * @throws InvalidInput for a plan the catalogue does not have (it is public: this tells nothing)
     * @throws RateLimited  only when the per-IP limit is reached, which does not depend on the address
     */
    public String request(SignupRequest request, Optional<String> bindingCookie, ClientInfo client) {
        plans.require(request.plan());
        // As long to answer whether the address has an account, a domain's owner or neither (see LoginService).
        return pacer.atLeast(policy.answerFloor(), () -> record(request, bindingCookie, client));
    }

    private String record(SignupRequest request, Optional<String> bindingCookie, ClientInfo client) {
        Asking asking = Asking.of(captchas, tokens, hasher, clock, request.email(), request.captchaId(),
                request.captchaAnswer(), bindingCookie, client);
        Instant now = asking.now();
        SignupState state = store.read(asking.addressKey(), request.email());
        boolean counts = asking.counts(state.throttle(), policy);

        String token = tokens.token();
        Language language = client.preferredLanguage().orElse(Language.EN);
        boolean opens = counts && !state.userExists() && state.domainOwner().isEmpty();
        Optional<PendingSignup> pending = opens ? Optional.of(new PendingSignup(hasher.hash("signup", token),
                request.email(), request.organization(), request.plan(), request.quantity(), asking.bindingHash(),
                now.plus(policy.linkTtl()), Optional.empty(), language)) : Optional.empty();
        Optional<AddressUpdate> update = counts
                ? Optional.of(asking.counted(state.throttle(), policy, Optional.empty())) : Optional.empty();
        // Every counted request writes as many items, whichever email it leads to.
        // Its emails are written with it, and sent by the deliveries function.
        List<Delivery> deliveries = counts ? mailroom.wrap(emails(request, state, language, token, now, client))
                : List.of();
        LoginAttempt attempt = asking.attempt(policy, update, Optional.empty(), counts && !opens ? 1 : 0)
                .sending(deliveries);
        commit(attempt, pending);
        return asking.binding();
    }

    private List<OutgoingEmail> emails(SignupRequest request, SignupState state, Language language, String token,
                                       Instant now, ClientInfo client) {
        if (state.userExists()) {
            return List.of(emails.alreadyAUser(request.email(), language, now, siteUrl));
        }
        if (state.domainOwner().isEmpty()) {
            return List.of(emails.confirmLink(request.email(), language, request.organization(),
                    siteUrl + "/signup/confirm#t=" + token, now, client.browserDescription(), policy.linkTtl()));
        }
        List<OutgoingEmail> out = new ArrayList<>();
        out.add(emails.askYourAdministrators(request.email(), language, now));
        String account = state.domainOwner().get();
        if (limiter.tryAcquire(RateWindow.fixed("signup-notice", account, NOTICES_PER_HOUR, Duration.ofHours(1),
                now))) {
            administrators.activeAdministrators(account).stream().limit(ADMINISTRATORS_TOLD)
                    .forEach(admin -> out.add(emails.someoneAsked(admin.email(), admin.profile().language(),
                            request.email(), now, siteUrl)));
        }
        return out;
    }

    /** Commits the attempt (its emails with it), or as much of it as the races it lost allow. */
    private void commit(LoginAttempt attempt, Optional<PendingSignup> pending) {
        try {
            CommitOutcome outcome = store.commit(attempt, pending);
            // What lost a race or reused a captcha is still counted against the IP, without anything else.
            if (outcome == CommitOutcome.ADDRESS_RACE) {
                outcome = store.commit(attempt.withoutAddress(), Optional.empty());
            }
            if (outcome == CommitOutcome.CAPTCHA_REUSED) {
                outcome = store.commit(attempt.ipOnly(), Optional.empty());
            }
            if (outcome == CommitOutcome.IP_LIMITED) {
                throw new RateLimited();
            }
        } catch (Conflict storeBusy) {
            // The answer must not change: nothing more is recorded for this request.
        }
    }
}
