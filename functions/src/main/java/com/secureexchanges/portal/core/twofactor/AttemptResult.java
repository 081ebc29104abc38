package com.secureexchanges.portal.core.twofactor;

import java.util.Optional;

/**
 * The result of counting one guess.
 *
 * @param counted whether the guess was counted (then {@code state} is the challenge after it)
 * @param state   the challenge as stored; empty when there is none
 */
public record AttemptResult(boolean counted, Optional<Challenge> state) {
}
