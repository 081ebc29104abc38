package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.Optional;

/**
 * A user's second factor (SPEC M1).
 *
 * @param mobile     the mobile number, when the user gave one
 * @param verified   whether {@code mobile} was proven by a code sent to it; only then is it texted
 * @param twoFactor  whether sign-in asks for an SMS code (implies a verified mobile)
 * @param version    grows at every change of the above or of the account's status: a sign-in link
 *                   or challenge made under an older version is refused
 * @param required   whether an administrator requires 2FA (SPEC M2): the user cannot turn it off, and
 *                   while it is not on they must set it up right after the sign-in link
 */
public record Security(Optional<PhoneNumber> mobile, boolean verified, boolean twoFactor, long version,
                       boolean required) {

    public static final Security NONE = new Security(Optional.empty(), false, false, 1);

    /** Security that no administrator requires. */
    public Security(Optional<PhoneNumber> mobile, boolean verified, boolean twoFactor, long version) {
        this(mobile, verified, twoFactor, version, false);
    }

    public Security {
        if (twoFactor && (mobile.isEmpty() || !verified)) {
            throw new IllegalArgumentException("two-factor sign-in needs a verified mobile number");
        }
    }

    /** The same requirement and version, with another number and 2FA state. */
    public Security with(Optional<PhoneNumber> number, boolean numberVerified, boolean on) {
        return new Security(number, numberVerified, on, version, required);
    }

    public Security withRequired(boolean changed) {
        return new Security(mobile, verified, twoFactor, version, changed);
    }

    /** Whether the user must set 2FA up before reaching the portal: required, and not on yet. */
    public boolean mustSetUp() {
        return required && !twoFactor;
    }

    /** The number codes may be sent to: only a verified one. */
    public Optional<PhoneNumber> verifiedMobile() {
        return verified ? mobile : Optional.empty();
    }
}
