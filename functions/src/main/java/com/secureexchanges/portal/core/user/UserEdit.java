package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.Optional;

/**
 * What an administrator changes about a user (SPEC U3, M2): only the fields given.
 *
 * @param twoFactorRequired whether 2FA is required (the user cannot turn it off, and sets it up at the
 *                          next sign-in when it is not on); {@code false} lifts the requirement only
 * @param twoFactorOff      turns the user's 2FA off now (a lost phone); it cannot be turned on for them
 * @param mobile            a new number (unproven until the user confirms a code sent to it), or none
 */
public record UserEdit(Optional<String> firstName, Optional<String> lastName, Optional<Language> language,
                       Optional<String> timeZone, Optional<String> dateCulture, Optional<Role> role,
                       Optional<Boolean> twoFactorRequired, boolean twoFactorOff,
                       Optional<Optional<PhoneNumber>> mobile) {

    /** An edit of the profile and role only. */
    public UserEdit(Optional<String> firstName, Optional<String> lastName, Optional<Language> language,
                    Optional<String> timeZone, Optional<String> dateCulture, Optional<Role> role) {
        this(firstName, lastName, language, timeZone, dateCulture, role, Optional.empty(), false, Optional.empty());
    }

    /** The profile after the edit (validated as any profile). */
    Profile applyTo(Profile p) {
        return new Profile(firstName.orElse(p.firstName()), lastName.orElse(p.lastName()),
                language.orElse(p.language()), timeZone.orElse(p.timeZone()), dateCulture.orElse(p.dateCulture()));
    }

    /**
     * The second factor after the edit. A number given here is unproven and is the one the user must
     * prove; if 2FA was on, that proof is due after the next link, before the portal (unless 2FA is turned
     * off here), so replacing the number never turns 2FA off silently.
     */
    Security applyTo(Security s) {
        Security.Oversight o = s.oversight();
        boolean required = twoFactorRequired.orElse(o.required());
        boolean proofDue = o.proofDue();
        boolean given = o.numberGiven();
        Security after = s;
        if (mobile.isPresent() && !mobile.get().equals(s.mobile())) {
            after = new Security(mobile.get(), false, false, s.version(), o);
            proofDue = proofDue || s.twoFactor();
            given = mobile.get().isPresent();
        }
        if (twoFactorOff) {
            after = new Security(after.mobile(), after.verified(), false, s.version(), o);
            proofDue = false;
        }
        return after.withOversight(new Security.Oversight(required, proofDue, given));
    }
}
