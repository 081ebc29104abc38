package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.Optional;

/**
 * A user an administrator adds (SPEC U1).
 *
 * @param mobile a number the user will have to prove before any code is sent to it
 * @param plan   the plan of a free licence to assign at once, as given (checked against the catalogue)
 */
public record NewUser(EmailAddress email, Profile profile, Role role, Optional<PhoneNumber> mobile,
                      Optional<String> plan) {

    /** A user added without a licence. */
    public NewUser(EmailAddress email, Profile profile, Role role, Optional<PhoneNumber> mobile) {
        this(email, profile, role, mobile, Optional.empty());
    }

    public NewUser withPlan(Optional<String> chosen) {
        return new NewUser(email, profile, role, mobile, chosen);
    }
}
