package com.secureexchanges.portal.core.port;

/**
 * An email or SMS could not be handed to its provider. Not the caller's fault, and never shown to
 * them: on the sign-in paths the answer must not depend on whether a message went out.
 */
public final class DeliveryFailed extends RuntimeException {

    public DeliveryFailed(String channel, Throwable cause) {
        super(channel + " delivery failed", cause);
    }
}
