package com.secureexchanges.portal.core.error;

/** A wrong or expired SMS code; the challenge is still alive with {@code attemptsLeft} guesses. */
public final class CodeRejected extends PortalException {

    private final int attemptsLeft;

    private CodeRejected(ErrorId id, int attemptsLeft) {
        super(id);
        this.attemptsLeft = attemptsLeft;
    }

    public static CodeRejected wrong(int attemptsLeft) {
        return new CodeRejected(ErrorId.CODE_INVALID, attemptsLeft);
    }

    public static CodeRejected expired(int attemptsLeft) {
        return new CodeRejected(ErrorId.CODE_EXPIRED, attemptsLeft);
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
