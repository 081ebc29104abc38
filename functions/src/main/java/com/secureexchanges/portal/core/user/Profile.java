package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.model.Language;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * What a person may change about themselves (SPEC S3 "Personal information").
 *
 * @param timeZone    an IANA zone id, e.g. {@code America/Toronto}
 * @param dateCulture how dates are written, one of {@link #CULTURES}
 */
public record Profile(String firstName, String lastName, Language language, String timeZone, String dateCulture) {

    public static final List<String> CULTURES = List.of("en-CA", "en-US", "en-GB", "fr-CA", "fr-FR");
    public static final int MAX_NAME = 100;

    public Profile {
        checkName(firstName);
        checkName(lastName);
        checkTimeZone(timeZone);
        checkCulture(dateCulture);
    }

    public static Profile of(String firstName, String lastName, Language language) {
        return new Profile(firstName, lastName, language, "America/Toronto", defaultCulture(language));
    }

    static void checkName(String value) {
        if (value == null || value.length() > MAX_NAME || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInput(ErrorId.INVALID_NAME);
        }
    }

    static void checkTimeZone(String value) {
        try {
            ZoneId.of(value);
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInput(ErrorId.INVALID_TIME_ZONE);
        }
    }

    static void checkCulture(String value) {
        if (!CULTURES.contains(value)) {
            throw new InvalidInput(ErrorId.INVALID_DATE_CULTURE);
        }
    }

    /** The date format that goes with a language when none is chosen. */
    public static String defaultCulture(Language language) {
        return language == Language.FR ? "fr-CA" : "en-CA";
    }
}
