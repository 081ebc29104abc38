package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.captcha.CaptchaTicket;
import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.login.LoginAttempt.AddressUpdate;
import com.secureexchanges.portal.core.login.LoginAttempt.UsedCaptcha;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.Deliveries;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.twofactor.IssuedChallenge;
import com.secureexchanges.portal.core.twofactor.TwoFactorService;
import com.secureexchanges.portal.core.user.LoginIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Passwordless sign-in by emailed link, bound to the browser that asked (SPEC L3–L8).
 *
 * <p>{@link #requestLink} answers the same way whatever happens, so a caller learns nothing about
 * the captcha or the address. {@link #redeem} checks the browser binding <em>before</em> it consumes
 * the link, so a mail scanner or another browser cannot burn it.
 */
public final class LoginService {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CaptchaService captchas;
    private final LoginStore store;
    private final SessionService sessions;
    private final TwoFactorService twoFactor;
    private final MailSender mail;
    private final LoginEmails emails;
    private final TokenGenerator tokens;
    private final SecretHasher hasher;
    private final Clock clock;
    private final LoginPolicy policy;
    private final String siteUrl;

    public LoginService(CaptchaService captchas, LoginStore store, SessionService sessions, TwoFactorService twoFactor,
                        MailSender mail,
                        LoginEmails emails, TokenGenerator tokens, SecretHasher hasher, Clock clock,
                        LoginPolicy policy, String siteUrl) {
        this.captchas = captchas;
        this.store = store;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.mail = mail;
        this.emails = emails;
        this.tokens = tokens;
        this.hasher = hasher;
        this.clock = clock;
        this.policy = policy;
        this.siteUrl = siteUrl;
    }

    /**
     * Records a sign-in request and, when the captcha is right, the address belongs to an active user
     * and its limits allow, emails a link. Always returns a fresh browser-binding value for the
     * caller's cookie.
     *
     * @throws RateLimited only when the per-IP limit is reached, which does not depend on the address
     */
    public String requestLink(LoginRequest request, ClientInfo client) {
        Instant now = clock.instant();
        String binding = tokens.token();
        CaptchaTicket ticket = captchas.check(request.captchaId(), request.captchaAnswer());
        String addressKey = hasher.hash("address", request.email().value());
        AddressState state = store.read(addressKey, request.email());
        AddressThrottle throttle = state.throttle();
        Optional<LoginIdentity> owner = state.owner().filter(LoginIdentity::active);
        boolean counts = ticket.solved() && throttle.allows(now, policy);

        String token = tokens.token();
        Optional<PendingLink> link = Optional.empty();
        Optional<AddressUpdate> update = Optional.empty();
        if (counts) {
            link = owner.map(o -> new PendingLink(hasher.hash("link", token), addressKey, o.userId(), o.accountId(),
                    hasher.hash("binding", binding), now.plus(policy.linkTtl()), Optional.empty(), o.secondFactor(),
                    o.language(), o.securityVersion()));
            AddressThrottle next = throttle.afterSend(now, link.map(PendingLink::tokenHash));
            Optional<String> supersedes = link.isPresent() ? throttle.currentLink() : Optional.empty();
            update = Optional.of(new AddressUpdate(addressKey, throttle.version(), next,
                    next.purgeAt(policy.linkTtl()), supersedes));
        }
        LoginAttempt attempt = new LoginAttempt(ipWindow(client, now),
                ticket.nonce().map(n -> new UsedCaptcha(n, ticket.expiresAt())), update, link);

        if (commit(attempt) && counts && (owner.isPresent() || policy.notifyUnknown())) {
            Language language = owner.map(LoginIdentity::language)
                    .or(client::preferredLanguage).orElse(Language.EN);
            OutgoingEmail email = compose(request, client, owner, language, token, now);
            Deliveries.attempt(() -> mail.send(email));
        }
        return binding;
    }

    /** Commits the attempt; true when it was recorded in full (so its email may go out). */
    private boolean commit(LoginAttempt attempt) {
        CommitOutcome outcome = store.commit(attempt);
        boolean recordedInFull = outcome == CommitOutcome.RECORDED;
        // What lost a race or reused a captcha is still counted against the IP, without a link.
        if (outcome == CommitOutcome.ADDRESS_RACE) {
            outcome = store.commit(attempt.withoutAddress());
        }
        if (outcome == CommitOutcome.CAPTCHA_REUSED) {
            outcome = store.commit(attempt.ipOnly());
        }
        if (outcome == CommitOutcome.IP_LIMITED) {
            throw new RateLimited();
        }
        return recordedInFull;
    }

    private OutgoingEmail compose(LoginRequest request, ClientInfo client, Optional<LoginIdentity> owner,
                                  Language language, String token, Instant now) {
        if (owner.isPresent()) {
            return emails.signInLink(request.email(), language, siteUrl + "/login/redeem#t=" + token, now,
                    client.browserDescription(), policy.linkTtl());
        }
        return emails.noAccount(request.email(), language, now, siteUrl);
    }

    private RateWindow ipWindow(ClientInfo client, Instant now) {
        return RateWindow.fixed("login-ip", hasher.hash("ip", client.ip()), policy.requestsPerIp(), policy.ipWindow(),
                now);
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
        PendingLink link = store.findLink(hasher.hash("link", token))
                .orElseThrow(() -> new LinkInvalid(LinkInvalid.Reason.UNKNOWN));
        if (link.usedAt().isPresent()) {
            throw new LinkInvalid(LinkInvalid.Reason.USED);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new LinkInvalid(LinkInvalid.Reason.EXPIRED);
        }
        boolean sameBrowser = bindingCookie.map(b -> hasher.matches("binding", b, link.bindingHash())).orElse(false);
        if (!sameBrowser) {
            throw new BrowserMismatch();
        }
        if (link.secondFactor().isPresent()) {
            IssuedChallenge issued = twoFactor.loginChallenge(link.userId(), link.accountId(),
                    link.secondFactor().get(), link.language(), link.securityVersion());
            if (!store.redeem(link, new Grant.ChallengeGrant(issued.challenge(), issued.numberWindow()))) {
                throw RateLimited.numberLimit();
            }
            Deliveries.attempt(() -> twoFactor.deliver(issued));
            return new RedeemResult(RedeemResult.Next.TWO_FACTOR, issued.cookieValue());
        }
        NewSession session = sessions.open(link.userId(), link.accountId(), client);
        store.redeem(link, new Grant.SessionGrant(session.session()));
        return new RedeemResult(RedeemResult.Next.PORTAL, session.cookieValue());
    }
}
