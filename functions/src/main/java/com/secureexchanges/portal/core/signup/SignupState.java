package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.core.login.AddressThrottle;
import java.util.Optional;

/**
 * What a sign-up request needs to know of its address, read at once.
 *
 * @param userExists  whether a user (of any account, in any state) has the address
 * @param domainOwner the account that approved the address's domain, if any
 * @param throttle    the address's sign-in throttle, which sign-up requests share
 */
public record SignupState(boolean userExists, Optional<String> domainOwner, AddressThrottle throttle) {
}
