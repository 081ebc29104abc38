package com.secureexchanges.portal.core.user;

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
        name(firstName, "first name");
        name(lastName, "last name");
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInput("invalid_time_zone", "Choose a time zone from the list, like America/Toronto.");
        }
        if (!CULTURES.contains(dateCulture)) {
            throw new InvalidInput("invalid_date_culture", "Choose a date format from the list.");
        }
    }

    public static Profile of(String firstName, String lastName, Language language) {
        return new Profile(firstName, lastName, language, "America/Toronto", language == Language.FR ? "fr-CA" : "en-CA");
    }

    private static void name(String value, String what) {
        if (value == null || value.length() > MAX_NAME || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInput("invalid_name", "The " + what + " must be at most " + MAX_NAME + " characters.");
        }
    }
}
