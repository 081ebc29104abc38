package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.login.LoginAttempt.AddressUpdate;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.Pacer;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.user.LoginIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asking for a sign-in link (SPEC L3–L5, L7, L8). {@link #requestLink} answers the same way whatever
 * happens, so a caller learns nothing about the captcha or the address; for an address with an
 * account, the request and the link are recorded in its owner's event log, in the same write.
 */
public final class LoginService {

    /** Refused requests (limits reached, user suspended) recorded per address and hour. */
    static final int MAX_REFUSALS = 3;

    private final CaptchaService captchas;
    private final LoginStore store;
    private final Mailroom mailroom;
    private final LoginEmails emails;
    private final TokenGenerator tokens;
    private final SecretHasher hasher;
    private final Journal journal;
    private final Clock clock;
    private final LoginPolicy policy;
    private final String siteUrl;
    private final Metrics metrics;
    private final Pacer pacer;

    public LoginService(CaptchaService captchas, LoginStore store, Mailroom mailroom, LoginEmails emails,
                        TokenGenerator tokens, SecretHasher hasher, Journal journal, Clock clock, LoginPolicy policy,
                        String siteUrl, Metrics metrics, Pacer pacer) {
        this.captchas = captchas;
        this.store = store;
        this.mailroom = mailroom;
        this.emails = emails;
        this.tokens = tokens;
        this.hasher = hasher;
        this.journal = journal;
        this.clock = clock;
        this.policy = policy;
        this.siteUrl = siteUrl;
        this.metrics = metrics;
        this.pacer = pacer;
    }

    /** {@link #requestLink(LoginRequest, Optional, ClientInfo)} from a browser without a binding cookie. */
    public String requestLink(LoginRequest request, ClientInfo client) {
        return requestLink(request, Optional.empty(), client);
    }

    /**
     * Records a sign-in request and, when the captcha is right, the address belongs to an active user
     * and its limits allow, emails a link. Always returns a fresh browser-binding value for the
     * caller's cookie.
     *
     * @param bindingCookie the binding cookie the browser already holds, if any: its own earlier link of
     *                      this address is the one the new link replaces
     * @throws RateLimited only when the per-IP limit is reached, which does not depend on the address
     */
    public String requestLink(LoginRequest request, Optional<String> bindingCookie, ClientInfo client) {
        // The answer takes at least the policy's floor, whatever happened: its bytes and its time alike.
        return pacer.atLeast(policy.answerFloor(), () -> record(request, bindingCookie, client));
    }

    private String record(LoginRequest request, Optional<String> bindingCookie, ClientInfo client) {
        Asking asking = Asking.of(captchas, tokens, hasher, clock, request.email(), request.captchaId(),
                request.captchaAnswer(), bindingCookie, client);
        Instant now = asking.now();
        AddressState state = store.read(asking.addressKey(), request.email());
        AddressThrottle throttle = state.throttle();
        Optional<LoginIdentity> owner = state.owner().filter(LoginIdentity::active);
        boolean counts = asking.counts(throttle, policy);
        // A refused request is recorded a few times per window at most, for addresses with and without
        // an account alike: strangers cannot write into a journal without limit.
        boolean refusal = asking.ticket().solved() && !counts && throttle.recordsRefusal(now, MAX_REFUSALS);

        String token = tokens.token();
        Optional<PendingLink> link = Optional.empty();
        Optional<AddressUpdate> update = Optional.empty();
        if (counts) {
            link = owner.map(o -> new PendingLink(hasher.hash("link", token), asking.addressKey(), o.userId(),
                    o.accountId(), o.email(), asking.bindingHash(), now.plus(policy.linkTtl()), Optional.empty(),
                    o.secondFactor(), o.language(), o.securityVersion(), o.journal(), o.setUpSecondFactor()));
            update = Optional.of(asking.counted(throttle, policy, link.map(PendingLink::tokenHash)));
        } else if (refusal) {
            AddressThrottle next = throttle.afterRefusal(now);
            update = Optional.of(new AddressUpdate(asking.addressKey(), throttle.version(), next,
                    next.purgeAt(policy.linkTtl()), Optional.empty()));
        }
        List<Event> events = counts || refusal ? events(state.owner(), counts, client) : List.of();
        // The email is written with the request's other items and sent by the deliveries function: no
        // request waits for a mail provider, so the answer takes as long whether an email goes out or not.
        // It is composed and sealed for every counted request (the same work whether it is then written).
        Optional<Delivery> email = counts ? Optional.of(mailroom.wrap(compose(request, client, owner, token, now)))
                : Optional.empty();
        List<Delivery> deliveries = email.filter(e -> owner.isPresent() || policy.notifyUnknown()).stream().toList();
        // An address without an account does as much work as one with: the writes its events and its
        // email would be.
        int padding = state.owner().isEmpty() ? (counts ? 6 - deliveries.size() : refusal ? 3 : 0) : 0;
        LoginAttempt attempt = asking.attempt(policy, update, link, padding).sending(deliveries);
        boolean recorded = commit(attempt, state.owner(), events);
        metrics.loginRequest(recorded && link.isPresent());
        return asking.binding();
    }

    /** What a solved request records for an address with an account (nothing for one without). */
    private static List<Event> events(Optional<LoginIdentity> owner, boolean counts, ClientInfo client) {
        if (owner.isEmpty()) {
            return List.of();
        }
        LoginIdentity o = owner.get();
        Event requested = Event.of(EventType.LOGIN_REQUESTED, Event.ANONYMOUS, o.userId(), client);
        List<Event> events = new ArrayList<>();
        if (!o.active()) {
            events.add(requested.failed("user_suspended"));
            return events;
        }
        if (!counts) {
            events.add(requested.failed("mail_limit"));
            return events;
        }
        events.add(requested);
        events.add(Event.of(EventType.LOGIN_LINK_SENT, Event.ANONYMOUS, o.userId(), client));
        return events;
    }

    /**
     * Commits the attempt with its events (and its email), or as much of it as the races it lost allow;
     * true when it was recorded in full.
     */
    private boolean commit(LoginAttempt attempt, Optional<LoginIdentity> owner, List<Event> events) {
        CommitOutcome outcome;
        try {
            // Tried once, as for an address without an account: a stranger racing requests for an address
            // must not make the known one's answer take more writes (and more time) than an unknown one's.
            outcome = owner.isEmpty() || events.isEmpty() ? store.commit(attempt)
                    : journal.recordOnce(owner.get().chain(), owner.get().journal(), events,
                            (Appendix appendix) -> store.commit(attempt.withJournal(appendix)));
        } catch (Conflict headMoved) {
            outcome = CommitOutcome.ADDRESS_RACE;
        }
        boolean recordedInFull = outcome == CommitOutcome.RECORDED;
        try {
            // What lost a race or reused a captcha is still counted against the IP, without a link or events.
            if (outcome == CommitOutcome.ADDRESS_RACE) {
                outcome = store.commit(attempt.withoutAddress());
            }
            if (outcome == CommitOutcome.CAPTCHA_REUSED) {
                outcome = store.commit(attempt.ipOnly());
            }
        } catch (Conflict storeBusy) {
            // The answer must not change: nothing more is recorded for this request.
            return false;
        }
        if (outcome == CommitOutcome.IP_LIMITED) {
            throw new RateLimited();
        }
        return recordedInFull;
    }

    private OutgoingEmail compose(LoginRequest request, ClientInfo client, Optional<LoginIdentity> owner,
                                  String token, Instant now) {
        Language language = owner.map(LoginIdentity::language).or(client::preferredLanguage).orElse(Language.EN);
        if (owner.isPresent()) {
            return emails.signInLink(request.email(), language, siteUrl + "/login/redeem#t=" + token, now,
                    client.browserDescription(), policy.linkTtl());
        }
        return emails.noAccount(request.email(), language, now, siteUrl);
    }
}
