package com.secureexchanges.portal.core.error;

/** A wrong or expired SMS code; the challenge is still alive with {@code attemptsLeft} guesses. */
public final class CodeRejected extends PortalException {

    private final int attemptsLeft;

    private CodeRejected(String id, String message, int attemptsLeft) {
        super(id, message);
        this.attemptsLeft = attemptsLeft;
    }

    public static CodeRejected wrong(int attemptsLeft) {
        return new CodeRejected("code_invalid", "This code is not right. Check the SMS and try again.", attemptsLeft);
    }

    public static CodeRejected expired(int attemptsLeft) {
        return new CodeRejected("code_expired", "This code has expired. Ask for a new one.", attemptsLeft);
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
