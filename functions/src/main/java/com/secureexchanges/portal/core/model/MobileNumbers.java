package com.secureexchanges.portal.core.model;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Optional;
import java.util.Set;

/**
 * Each country's numbering plan (libphonenumber), apart from {@link PhoneNumber} so that a number already
 * checked and stored can be read, and texted, where the plans are not loaded: the deliveries function's jar
 * does not hold them.
 */
final class MobileNumbers {

    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private MobileNumbers() {
    }

    /** The E.164 form of a valid number that can receive SMS, or empty. */
    static Optional<String> e164(String raw) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            var parsed = util.parse(raw, null);
            if (!util.isValidNumber(parsed) || !MOBILE.contains(util.getNumberType(parsed))) {
                return Optional.empty();
            }
            return Optional.of(util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The number's region (ISO 3166, or {@code 001}); {@code ZZ} when unknown. */
    static String region(String e164) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            String region = util.getRegionCodeForNumber(util.parse(e164, null));
            return region == null ? "ZZ" : region;
        } catch (NumberParseException e) {
            return "ZZ";
        }
    }
}
