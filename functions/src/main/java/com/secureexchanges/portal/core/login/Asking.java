package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.captcha.CaptchaTicket;
import com.secureexchanges.portal.core.login.LoginAttempt.AddressUpdate;
import com.secureexchanges.portal.core.login.LoginAttempt.UsedCaptcha;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A request that emails an address under the sign-in rules (SPEC L3–L5, L7): a sign-in or a sign-up
 * request. Holds what every such request works out first: the captcha's verdict (the captcha is used
 * up by it), the keyed hashes that identify the address, the client network and the asking browser,
 * and the fresh binding the browser will get.
 *
 * @param binding     the new binding cookie's value
 * @param bindingHash its keyed hash, stored with what the request leaves pending
 * @param browser     the keyed hash of the binding cookie the browser sent, if any
 */
public record Asking(Instant now, CaptchaTicket ticket, String addressKey, String network, Optional<String> browser,
                     String binding, String bindingHash) {

    /** Checks the captcha (using it up) and works out the keys of a request for {@code email}. */
    public static Asking of(CaptchaService captchas, TokenGenerator tokens, SecretHasher hasher, Clock clock,
                            EmailAddress email, String captchaId, String captchaAnswer, Optional<String> bindingCookie,
                            ClientInfo client) {
        Instant now = clock.instant();
        String binding = tokens.token();
        CaptchaTicket ticket = captchas.check(captchaId, captchaAnswer);
        return new Asking(now, ticket, hasher.hash("address", email.value()), hasher.hash("ip", client.network()),
                bindingCookie.map(b -> hasher.hash("binding", b)), binding, hasher.hash("binding", binding));
    }

    /** Whether an email may go out: the captcha is right and the address's limits allow this browser. */
    public boolean counts(AddressThrottle throttle, LoginPolicy policy) {
        return ticket.solved() && throttle.allows(now, policy, browser, network);
    }

    /** The throttle's next state once this request is counted, holding {@code link} (if any) in its slot. */
    public AddressUpdate counted(AddressThrottle throttle, LoginPolicy policy, Optional<String> link) {
        AddressThrottle.Counted counted = throttle.afterSend(policy, browser,
                new LinkSlot(link, bindingHash, network, now));
        return new AddressUpdate(addressKey, throttle.version(), counted.next(),
                counted.next().purgeAt(policy.linkTtl()), counted.superseded());
    }

    /** What the request writes, whatever else happens: the per-IP count and the used captcha. */
    public LoginAttempt attempt(LoginPolicy policy, Optional<AddressUpdate> address, Optional<PendingLink> link,
                                int padding) {
        return new LoginAttempt(RateWindow.fixed("login-ip", network, policy.requestsPerIp(), policy.ipWindow(), now),
                ticket.nonce().map(n -> new UsedCaptcha(n, ticket.expiresAt())), address, link, Optional.empty(),
                padding);
    }
}
