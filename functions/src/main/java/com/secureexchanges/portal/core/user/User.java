package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;

/** A person who can sign in, always inside one account. */
public record User(String id, String accountId, EmailAddress email, String firstName, String lastName,
                   Language language, Role role, boolean active) {
}
