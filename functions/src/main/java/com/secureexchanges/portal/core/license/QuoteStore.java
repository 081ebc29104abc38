package com.secureexchanges.portal.core.license;

import java.util.Optional;

/** Upgrade quotes (SPEC A5), kept until a little after they expire. Thread-safe. */
public interface QuoteStore {

    void put(Quote quote);

    /** The quote {@code quoteId} of the account, used or not; empty for another account's or an unknown id. */
    Optional<Quote> find(String accountId, String quoteId);
}
