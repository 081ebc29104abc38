package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.user.LoginIdentity;
import java.util.Optional;

/** What is known of an address at sign-in: its owner, if any, and its throttle state. */
public record AddressState(Optional<LoginIdentity> owner, AddressThrottle throttle) {
}
