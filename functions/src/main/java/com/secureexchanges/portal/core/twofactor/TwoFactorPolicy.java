package com.secureexchanges.portal.core.twofactor;

import java.time.Duration;
import java.util.Set;

/**
 * SMS code limits (SPEC M1, M3).
 *
 * @param codeTtl         how long one code works
 * @param maxAttempts     guesses per challenge, counted before comparing; then the challenge is dead
 * @param maxSends        SMS per challenge (the first and the resends)
 * @param resendCooldown  the least time between two SMS of one challenge
 * @param perNumberPerDay enrolment SMS (proving a number) to one number per UTC day, whoever asks
 * @param challengeTtl    how long a challenge lives, however many codes it sent
 * @param recentLogin     how recent a login must be to turn 2FA off or replace a proven number
 * @param signInPerDay    sign-in SMS to a user's verified number per UTC day: that user's own budget,
 *                        which enrolments by anyone cannot use up
 * @param enrolPerUserPerDay    enrolment SMS one user may cause per UTC day
 * @param enrolPerAccountPerDay enrolment SMS one account's users may cause per UTC day
 * @param countries       the regions (ISO 3166 codes) numbers may be proven in; satellite, international
 *                        and premium ranges have none, so they never pass
 */
public record TwoFactorPolicy(Duration codeTtl, int maxAttempts, int maxSends, Duration resendCooldown,
                              int perNumberPerDay, Duration challengeTtl, Duration recentLogin, int signInPerDay,
                              int enrolPerUserPerDay, int enrolPerAccountPerDay, Set<String> countries) {

    /** Canada and the United States, France, Belgium, Switzerland, Luxembourg, Monaco, the United Kingdom. */
    public static final Set<String> DEFAULT_COUNTRIES = Set.of("CA", "US", "FR", "BE", "CH", "LU", "MC", "GB");

    public static final TwoFactorPolicy DEFAULT = new TwoFactorPolicy(Duration.ofMinutes(5), 5, 3,
            Duration.ofSeconds(30), 10, Duration.ofMinutes(15), Duration.ofMinutes(10), 10, 5, 30, DEFAULT_COUNTRIES);

    public TwoFactorPolicy {
        countries = Set.copyOf(countries);
    }

    public TwoFactorPolicy withCountries(Set<String> changed) {
        return new TwoFactorPolicy(codeTtl, maxAttempts, maxSends, resendCooldown, perNumberPerDay, challengeTtl,
                recentLogin, signInPerDay, enrolPerUserPerDay, enrolPerAccountPerDay, changed);
    }
}
