package com.secureexchanges.portal.core.model;

import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased. Deliberately strict (ASCII, one {@code @}, a dotted
 * domain): the portal sends sign-in links to it, so anything odd is refused rather than guessed.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.startsWith(".") || value.contains("..") || value.contains(".@")) {
            throw new InvalidInput(ErrorId.INVALID_EMAIL);
        }
    }

    /** Normalises (trim, lower case) and validates raw input. */
    public static EmailAddress parse(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH + 16) {
            throw new InvalidInput(ErrorId.INVALID_EMAIL);
        }
        return new EmailAddress(raw.strip().toLowerCase(Locale.ROOT));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    /** For logs: first letter of the local part and the domain, {@code a***@example.com}. */
    public String masked() {
        return value.charAt(0) + "***@" + domain();
    }

    @Override
    public String toString() {
        return masked();
    }
}
