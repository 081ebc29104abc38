package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.Optional;

/**
 * A user's second factor (SPEC M1, M2).
 *
 * @param mobile    the mobile number, when there is one
 * @param verified  whether {@code mobile} was proven by a code sent to it; only then is it texted at sign-in
 * @param twoFactor whether sign-in asks for an SMS code (implies a verified mobile)
 * @param version   grows at every change of the above or of the account's status: a sign-in link or
 *                  challenge made under an older version is refused
 * @param oversight what the account's administrators decided about it
 */
public record Security(Optional<PhoneNumber> mobile, boolean verified, boolean twoFactor, long version,
                       Oversight oversight) {

    public static final Security NONE = new Security(Optional.empty(), false, false, 1);

    /**
     * What administrators decided (SPEC M2).
     *
     * @param required    2FA is required: the user cannot turn it off, and sets it up after the link while it is off
     * @param proofDue    an administrator replaced the proven number while 2FA was on: the new one must be
     *                    proven after the next link, before the portal (once; the requirement is not changed)
     * @param numberGiven the unproven number was given by an administrator: it is the one to prove
     */
    public record Oversight(boolean required, boolean proofDue, boolean numberGiven) {
        public static final Oversight NONE = new Oversight(false, false, false);
    }

    /** Security no administrator has decided anything about. */
    public Security(Optional<PhoneNumber> mobile, boolean verified, boolean twoFactor, long version) {
        this(mobile, verified, twoFactor, version, Oversight.NONE);
    }

    public Security {
        if (twoFactor && (mobile.isEmpty() || !verified)) {
            throw new IllegalArgumentException("two-factor sign-in needs a verified mobile number");
        }
    }

    /**
     * The same version, with another number and 2FA state as the user sets them: turning 2FA on settles a
     * due proof, and a number of their own is not the administrator's any more.
     */
    public Security with(Optional<PhoneNumber> number, boolean numberVerified, boolean on) {
        boolean given = oversight.numberGiven() && number.equals(mobile) && !numberVerified;
        return new Security(number, numberVerified, on, version, new Oversight(oversight.required(),
                oversight.proofDue() && !on, given));
    }

    public Security withOversight(Oversight changed) {
        return new Security(mobile, verified, twoFactor, version, changed);
    }

    public boolean required() {
        return oversight.required();
    }

    /** Whether the user must set 2FA up before reaching the portal: required or a proof due, and 2FA off. */
    public boolean mustSetUp() {
        return !twoFactor && (oversight.required() || oversight.proofDue());
    }

    /**
     * While the setup is due, the number on file that is the only one the user may prove: one an
     * administrator gave, or one proven before. A session that came from the link alone cannot move the
     * codes to a phone of its choosing; an administrator can give another number or clear it.
     */
    public Optional<PhoneNumber> pinnedNumber() {
        return mustSetUp() && (verified || oversight.numberGiven()) ? mobile : Optional.empty();
    }

    /** The number codes may be sent to: only a verified one. */
    public Optional<PhoneNumber> verifiedMobile() {
        return verified ? mobile : Optional.empty();
    }
}
