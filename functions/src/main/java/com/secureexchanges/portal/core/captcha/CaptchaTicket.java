package com.secureexchanges.portal.core.captcha;

import java.time.Instant;
import java.util.Optional;

/**
 * The result of checking a captcha answer.
 *
 * @param nonce     the captcha's own id, to be recorded as used; empty when the id was malformed
 * @param expiresAt when the captcha stops being valid (the used-record can be purged then)
 * @param solved    the answer was right and the captcha unexpired (use is checked separately)
 */
public record CaptchaTicket(Optional<String> nonce, Instant expiresAt, boolean solved) {

    static final CaptchaTicket MALFORMED = new CaptchaTicket(Optional.empty(), Instant.EPOCH, false);
}
