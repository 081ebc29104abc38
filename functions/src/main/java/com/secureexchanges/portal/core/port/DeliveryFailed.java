package com.secureexchanges.portal.core.port;

/**
 * An email or SMS could not be handed to its provider. Not the caller's fault, and never shown to
 * them. {@link #retryable()} when trying again later may succeed (throttling, the provider's own
 * failure, the network); not when the provider refused this message for good (a rejected address).
 */
public final class DeliveryFailed extends RuntimeException {

    private final boolean retryable;

    public DeliveryFailed(String channel, Throwable cause) {
        this(channel, cause, true);
    }

    private DeliveryFailed(String channel, Throwable cause, boolean retryable) {
        super(channel + " delivery failed", cause);
        this.retryable = retryable;
    }

    /** The provider refused this message for good: sending it again would fail again. */
    public static DeliveryFailed rejected(String channel, Throwable cause) {
        return new DeliveryFailed(channel, cause, false);
    }

    public boolean retryable() {
        return retryable;
    }
}
