package com.secureexchanges.portal.core.port;

import java.lang.System.Logger.Level;

/**
 * Sends on the sign-in paths, where a failed delivery must not change the answer: it is logged for the
 * operator (its type only: never the address, the text or a link) and the person can ask again.
 */
public final class Deliveries {

    private static final System.Logger LOG = System.getLogger(Deliveries.class.getName());

    private Deliveries() {
    }

    /** Runs {@code send}; a {@link DeliveryFailed} is logged and swallowed, returning false. */
    public static boolean attempt(Runnable send) {
        try {
            send.run();
            return true;
        } catch (DeliveryFailed failed) {
            LOG.log(Level.ERROR, "{0}: {1}", failed.getMessage(), failed.getCause().getClass().getName());
            return false;
        }
    }
}
