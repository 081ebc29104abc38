package com.secureexchanges.portal.adapter;

import com.secureexchanges.portal.core.port.DeliveryFailed;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * A mail or SMS provider's failure, sorted: throttling, the provider's own errors (5xx) and the network
 * pass, so the message is tried again; any other refusal (a rejected address, a bad request, a paused
 * account) would fail again the same way, so it is given up.
 */
public final class ProviderFailures {

    private ProviderFailures() {
    }

    public static DeliveryFailed of(String channel, SdkException e) {
        if (e instanceof SdkServiceException service && !service.isThrottlingException()
                && service.statusCode() >= 400 && service.statusCode() < 500) {
            return DeliveryFailed.rejected(channel, e);
        }
        return new DeliveryFailed(channel, e);
    }
}
