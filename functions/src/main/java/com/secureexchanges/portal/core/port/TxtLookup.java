package com.secureexchanges.portal.core.port;

import java.util.List;

/** Asks DNS for the TXT records of a name (SPEC U4). Thread-safe. */
public interface TxtLookup {

    /**
     * The TXT values published at {@code name} (each record's strings joined), none when the name or
     * its TXT records do not exist.
     *
     * @throws LookupFailed when no resolver gave an answer (timeout, server failure)
     */
    List<String> txt(String name);

    /** No resolver answered; whether the record exists is unknown. */
    final class LookupFailed extends RuntimeException {
        public LookupFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
