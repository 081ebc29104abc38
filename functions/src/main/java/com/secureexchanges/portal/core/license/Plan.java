package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.model.Language;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One plan of the catalogue (SPEC A3): what a licence is of. A higher {@code rank} is a higher plan: an
 * upgrade goes to a higher rank only.
 *
 * @param monthlyPrice the price of one licence for one period (one calendar month)
 */
public record Plan(String id, String nameEn, String nameFr, Money monthlyPrice, int rank) {

    /** Plan ids: lower-case letters, digits and dashes, as they appear in URLs, CSV files and stored keys. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    public static final int MAX_NAME = 60;

    public Plan {
        Objects.requireNonNull(monthlyPrice);
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a plan id is lower-case letters, digits and dashes: " + id);
        }
        checkName(nameEn);
        checkName(nameFr);
        if (rank < 1) {
            throw new IllegalArgumentException("a plan's rank is a positive number: " + id);
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("a plan's name is 1 to " + MAX_NAME + " characters");
        }
    }

    public String name(Language language) {
        return language == Language.FR ? nameFr : nameEn;
    }

    /** Whether moving from this plan to {@code other} is an upgrade (SPEC A5: higher ranks only). */
    public boolean below(Plan other) {
        return rank < other.rank;
    }
}
