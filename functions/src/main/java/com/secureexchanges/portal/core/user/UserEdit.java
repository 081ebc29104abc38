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
     * The second factor after the edit. A new number is unproven, so 2FA that was on stays demanded: the
     * user proves the new number at the next sign-in before reaching the portal (unless turned off here).
     */
    Security applyTo(Security s) {
        boolean required = twoFactorRequired.orElse(s.required());
        Security after = s.withRequired(required);
        if (mobile.isPresent() && !mobile.get().equals(s.mobile())) {
            after = after.with(mobile.get(), false, false).withRequired(required || (s.twoFactor() && !twoFactorOff));
        }
        if (twoFactorOff) {
            after = after.with(after.mobile(), after.verified(), false);
        }
        return after;
    }
}
