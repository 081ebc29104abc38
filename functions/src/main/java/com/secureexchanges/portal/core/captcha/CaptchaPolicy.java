package com.secureexchanges.portal.core.captcha;

import java.time.Duration;

/**
 * Captcha limits (SPEC L2, L7).
 *
 * @param ttl      how long a captcha can be answered
 * @param perIp    images one IP may ask for per {@code ipWindow}
 * @param ipWindow the window of the per-IP count
 */
public record CaptchaPolicy(Duration ttl, int perIp, Duration ipWindow) {

    public static final CaptchaPolicy DEFAULT = new CaptchaPolicy(Duration.ofMinutes(10), 60, Duration.ofMinutes(10));
}
