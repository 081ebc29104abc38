package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.twofactor.IssuedChallenge;
import com.secureexchanges.portal.core.twofactor.TwoFactorService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Using a sign-in link (SPEC L6): the browser binding is checked <em>before</em> the link is consumed,
 * so a mail scanner or another browser cannot burn it. Every outcome for a known link is an event in
 * its owner's log, written with the decision; refusals are recorded at most a few times per link, so
 * whoever holds a link cannot fill its owner's log.
 */
public final class LinkRedemption {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final LoginStore store;
    private final SessionService sessions;
    private final TwoFactorService twoFactor;
    private final SecretHasher hasher;
    private final Journal journal;
    private final Clock clock;
    private final Metrics metrics;

    public LinkRedemption(LoginStore store, SessionService sessions, TwoFactorService twoFactor, SecretHasher hasher,
                          Journal journal, Clock clock, Metrics metrics) {
        this.store = store;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.hasher = hasher;
        this.journal = journal;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Redeems a link in the browser holding {@code bindingCookie}. Checks, in order: link known,
     * unused and unexpired; binding equal; then consumes the link and opens a session atomically.
     *
     * @throws LinkInvalid     for an unknown, used, expired or superseded link
     * @throws BrowserMismatch when the binding cookie is missing or different; the link stays usable
     * @throws RateLimited     when a 2FA user's number has had its SMS for the day (the link stays usable)
     */
    public RedeemResult redeem(String token, Optional<String> bindingCookie, ClientInfo client) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new LinkInvalid(LinkInvalid.Reason.UNKNOWN);
        }
        PendingLink link = hasher.find("link", token, store::findLink)
                .orElseThrow(() -> new LinkInvalid(LinkInvalid.Reason.UNKNOWN));
        // The binding first: another browser learns nothing of the link's state (whether the person has
        // used it yet, or let it expire), only Error 2.
        boolean sameBrowser = bindingCookie.map(b -> hasher.matches("binding", b, link.bindingHash())).orElse(false);
        if (!sameBrowser) {
            metrics.count(Metric.ERROR_2);
            throw refused(link, new BrowserMismatch(), client);
        }
        if (link.usedAt().isPresent()) {
            throw refused(link, new LinkInvalid(LinkInvalid.Reason.USED), client);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw refused(link, new LinkInvalid(LinkInvalid.Reason.EXPIRED), client);
        }
        try {
            return link.secondFactor().isPresent() ? challenge(link, client) : session(link, client);
        } catch (LinkInvalid failed) {
            throw refused(link, failed, client);
        }
    }

    private RedeemResult session(PendingLink link, ClientInfo client) {
        NewSession session = sessions.open(link.userId(), link.accountId(), client);
        Event succeeded = Event.of(EventType.LOGIN_SUCCEEDED, link.userId(), link.userId(), client);
        journal.record(link.chain(), link.journal(), List.of(succeeded),
                appendix -> store.redeem(link, new Grant.SessionGrant(session.session()), appendix));
        metrics.count(Metric.LOGINS);
        return new RedeemResult(link.setUpSecondFactor() ? RedeemResult.Next.TWO_FACTOR_SETUP : RedeemResult.Next.PORTAL,
                session.cookieValue());
    }

    private RedeemResult challenge(PendingLink link, ClientInfo client) {
        IssuedChallenge issued = twoFactor.loginChallenge(link, client);
        Event sent = Event.of(EventType.TWOFACTOR_CODE_SENT, Event.ANONYMOUS, link.userId(), client)
                .with("purpose", "login").with("to", issued.sms().to().masked());
        // The SMS is written with the challenge and sent by the deliveries function: the answer does not
        // wait for the SMS provider, and a failed send is tried again while the challenge stays valid.
        boolean stored = journal.record(link.chain(), link.journal(), List.of(sent),
                List.of(twoFactor.delivery(issued)), appendix -> store.redeem(link,
                        new Grant.ChallengeGrant(issued.challenge().withJournal(appendix.next()), issued.numberWindow()),
                        appendix));
        if (!stored) {
            throw refused(link, RateLimited.numberLimit(), client);
        }
        metrics.count(Metric.CODES_SENT);
        return new RedeemResult(RedeemResult.Next.TWO_FACTOR, issued.cookieValue(),
                Optional.of(issued.sms().to().masked()));
    }

    /** Records the refusal in the link owner's log (unless the link has had its share) and returns it. */
    private <E extends RuntimeException> E refused(PendingLink link, E refusal, ClientInfo client) {
        String reason = switch (refusal) {
            case LinkInvalid invalid -> invalid.reason().name().toLowerCase(Locale.ROOT);
            case BrowserMismatch mismatch -> mismatch.id();
            case RateLimited limited -> limited.id();
            default -> "refused";
        };
        Event denied = Event.of(EventType.LOGIN_DENIED, Event.ANONYMOUS, link.userId(), client).failed(reason);
        try {
            journal.record(link.chain(), link.journal(), List.of(denied),
                    appendix -> store.deny(link, appendix, journal.policy().maxDenials()));
        } catch (Conflict headKeptMoving) {
            // The refusal stands without its event; the link's owner keeps writing to their log meanwhile.
        }
        return refusal;
    }
}
