package com.secureexchanges.portal.core.model;

import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import java.util.regex.Pattern;

/**
 * A mobile number in E.164 form ({@code +15145550123}), the only form the portal stores or texts. Reading a
 * stored one needs no numbering plan; {@link #parse} and {@link #region} consult them ({@code MobileNumbers}).
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw invalid();
        }
    }

    /**
     * Validates what a person typed: a country code is required (no region is guessed), and the
     * number must be able to receive SMS (mobile, or fixed-line-or-mobile where a plan cannot tell).
     */
    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 32 || !raw.strip().startsWith("+")
                || raw.chars().anyMatch(Character::isLetter)) {
            throw invalid();
        }
        return new PhoneNumber(MobileNumbers.e164(raw).orElseThrow(PhoneNumber::invalid));
    }

    private static InvalidInput invalid() {
        return new InvalidInput(ErrorId.INVALID_MOBILE);
    }

    /**
     * The region the number belongs to (ISO 3166, e.g. {@code CA}); {@code 001} for non-geographic
     * ranges (satellite, international networks), {@code ZZ} when unknown.
     */
    public String region() {
        return MobileNumbers.region(value);
    }

    /** For logs and screens that must not show the whole number: {@code +1•••••••0123}. */
    public String masked() {
        return value.substring(0, 2) + "•".repeat(value.length() - 6) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
