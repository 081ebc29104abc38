package com.secureexchanges.portal.core.port;

import com.secureexchanges.portal.core.model.EmailAddress;

/**
 * A rendered email. {@code sensitive} mail carries a secret link: senders must not track clicks on
 * it (no redirect through another domain) and must never log its body.
 */
public record OutgoingEmail(EmailAddress to, String subject, String text, String html, boolean sensitive) {
}
