package com.secureexchanges.portal.core.login;

import java.time.Duration;

/**
 * Sign-in limits (SPEC L5, L7, L8).
 *
 * @param linkTtl         how long a sign-in link works
 * @param mailsPerHour    sign-in emails per address per hour (extra ones are silently not sent)
 * @param mailSpacing     the least time between two sign-in emails to one address
 * @param requestsPerIp   login requests per IP per {@code ipWindow} (extra ones get 429)
 * @param ipWindow        the window of the per-IP count
 * @param notifyUnknown   whether an address without an account gets a short "no account" email
 */
public record LoginPolicy(Duration linkTtl, int mailsPerHour, Duration mailSpacing, int requestsPerIp,
                          Duration ipWindow, boolean notifyUnknown) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(Duration.ofMinutes(15), 5, Duration.ofSeconds(30),
            20, Duration.ofMinutes(10), false);
}
