package com.secureexchanges.portal.core.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Per-address sign-in state: the email counters (one-hour window and spacing) and the newest link.
 * Kept the same way for addresses with and without an account, so neither the stored data nor the
 * work done tells them apart.
 *
 * @param version     optimistic-lock version; 0 when nothing is stored yet
 * @param windowStart start of the current one-hour window
 * @param windowCount emails counted in that window
 * @param lastSentAt  when the last email was counted ({@link Instant#EPOCH} if never)
 * @param currentLink keyed hash of the newest link, the only one that may be redeemed
 * @param refusals    refused requests recorded as events in that window (so that strangers cannot
 *                    write into the owner's journal without limit)
 */
public record AddressThrottle(long version, Instant windowStart, int windowCount, Instant lastSentAt,
                              Optional<String> currentLink, int refusals) {

    private static final Duration WINDOW = Duration.ofHours(1);

    public static final AddressThrottle NONE = new AddressThrottle(0, Instant.EPOCH, 0, Instant.EPOCH, Optional.empty(),
            0);

    /** Whether one more email may be counted at {@code now}. */
    public boolean allows(Instant now, LoginPolicy policy) {
        boolean spaced = !now.isBefore(lastSentAt.plus(policy.mailSpacing()));
        boolean windowOpen = !now.isBefore(windowStart.plus(WINDOW)) || windowCount < policy.mailsPerHour();
        return spaced && windowOpen;
    }

    /** The state after counting one email at {@code now}, with {@code link} as the newest link. */
    public AddressThrottle afterSend(Instant now, Optional<String> link) {
        boolean newWindow = !now.isBefore(windowStart.plus(WINDOW));
        return new AddressThrottle(version + 1, newWindow ? now : windowStart, newWindow ? 1 : windowCount + 1, now,
                link, newWindow ? 0 : refusals);
    }

    /** Whether one more refused request may still be recorded in the window of {@code now}. */
    public boolean recordsRefusal(Instant now, int maxRefusals) {
        return !now.isBefore(windowStart.plus(WINDOW)) || refusals < maxRefusals;
    }

    /** The state after recording one refused request at {@code now} (nothing else changes). */
    public AddressThrottle afterRefusal(Instant now) {
        boolean newWindow = !now.isBefore(windowStart.plus(WINDOW));
        return new AddressThrottle(version + 1, newWindow ? now : windowStart, newWindow ? 0 : windowCount, lastSentAt,
                currentLink, newWindow ? 1 : refusals + 1);
    }

    /** When the stored state no longer matters and may be purged. */
    public Instant purgeAt(Duration linkTtl) {
        Instant windowEnd = windowStart.plus(WINDOW);
        Instant linkEnd = lastSentAt.plus(linkTtl);
        return windowEnd.isAfter(linkEnd) ? windowEnd : linkEnd;
    }
}
