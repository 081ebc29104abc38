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
 */
public record Security(Optional<PhoneNumber> mobile, boolean verified, boolean twoFactor, long version) {

    public static final Security NONE = new Security(Optional.empty(), false, false, 1);

    public Security {
        if (twoFactor && (mobile.isEmpty() || !verified)) {
            throw new IllegalArgumentException("two-factor sign-in needs a verified mobile number");
        }
    }

    /** The number codes may be sent to: only a verified one. */
    public Optional<PhoneNumber> verifiedMobile() {
        return verified ? mobile : Optional.empty();
    }
}
