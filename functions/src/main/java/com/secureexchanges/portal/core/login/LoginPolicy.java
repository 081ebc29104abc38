package com.secureexchanges.portal.core.login;

import java.time.Duration;

/**
 * Sign-in limits (SPEC L5, L7, L8).
 *
 * @param linkTtl             how long a sign-in link works
 * @param mailsPerHour        sign-in emails per address per hour, from all networks (extra ones are silently
 *                            not sent)
 * @param mailsPerNetworkHour sign-in emails per address and client network per hour, so that one network
 *                            cannot use up the address's whole budget
 * @param mailSpacing         the least time between two sign-in emails to one address asked by one browser
 * @param liveLinks           links of one address that may be live at once, each from its own browser
 * @param requestsPerIp       login requests per IP per {@code ipWindow} (extra ones get 429)
 * @param ipWindow            the window of the per-IP count
 * @param notifyUnknown       whether an address without an account gets a short "no account" email
 * @param answerFloor         the least time a sign-in or sign-up request takes to answer, whatever it did (a
 *                            request for an address with an account writes more): above the time of both
 *                            kinds of request, their answers take as long (issue 10, PERFORMANCE.md)
 */
public record LoginPolicy(Duration linkTtl, int mailsPerHour, int mailsPerNetworkHour, Duration mailSpacing,
                          int liveLinks, int requestsPerIp, Duration ipWindow, boolean notifyUnknown,
                          Duration answerFloor) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(Duration.ofMinutes(15), 20, 5, Duration.ofSeconds(30),
            3, 20, Duration.ofMinutes(10), false, Duration.ofMillis(100));

    public LoginPolicy withNotifyUnknown(boolean notify) {
        return new LoginPolicy(linkTtl, mailsPerHour, mailsPerNetworkHour, mailSpacing, liveLinks, requestsPerIp,
                ipWindow, notify, answerFloor);
    }

    public LoginPolicy withAnswerFloor(Duration floor) {
        return new LoginPolicy(linkTtl, mailsPerHour, mailsPerNetworkHour, mailSpacing, liveLinks, requestsPerIp,
                ipWindow, notifyUnknown, floor);
    }
}
