package com.secureexchanges.portal.core.twofactor;

/** A counted guess at an SMS code: right (and current), or not, with the guesses left. */
public sealed interface Guess {

    Challenge challenge();

    record Right(Challenge challenge) implements Guess {
    }

    /** @param expired the code was right but no longer valid */
    record Wrong(Challenge challenge, int attemptsLeft, boolean expired) implements Guess {
    }
}
