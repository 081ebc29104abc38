package com.secureexchanges.portal.core.twofactor;

import java.time.Duration;

/**
 * SMS code limits (SPEC M1, M3).
 *
 * @param codeTtl         how long one code works
 * @param maxAttempts     guesses per challenge, counted before comparing; then the challenge is dead
 * @param maxSends        SMS per challenge (the first and the resends)
 * @param resendCooldown  the least time between two SMS of one challenge
 * @param perNumberPerDay SMS to one number per UTC day, whoever asks
 * @param challengeTtl    how long a challenge lives, however many codes it sent
 * @param recentLogin     how recent a login must be to turn 2FA off
 */
public record TwoFactorPolicy(Duration codeTtl, int maxAttempts, int maxSends, Duration resendCooldown,
                              int perNumberPerDay, Duration challengeTtl, Duration recentLogin) {

    public static final TwoFactorPolicy DEFAULT = new TwoFactorPolicy(Duration.ofMinutes(5), 5, 3,
            Duration.ofSeconds(30), 10, Duration.ofMinutes(15), Duration.ofMinutes(10));
}
