package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.Optional;

/**
 * A user an administrator adds (SPEC U1).
 *
 * @param mobile a number the user will have to prove before any code is sent to it
 */
public record NewUser(EmailAddress email, Profile profile, Role role, Optional<PhoneNumber> mobile) {
}
