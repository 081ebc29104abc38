package com.secureexchanges.portal.core.port;

/**
 * An email or an SMS a decision sends. Rendered by the request that decides it, then sealed and written
 * with that decision (see {@code core.delivery}); only the deliveries function opens it again.
 */
public sealed interface OutgoingMessage permits OutgoingEmail, OutgoingSms {
}
