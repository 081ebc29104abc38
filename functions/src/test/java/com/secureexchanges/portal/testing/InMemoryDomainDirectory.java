package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.domain.DomainDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Approved domains in a map. */
public final class InMemoryDomainDirectory implements DomainDirectory {

    private final Map<String, String> approvedBy = new HashMap<>();

    @Override
    public synchronized Optional<String> approvedBy(String domain) {
        return Optional.ofNullable(approvedBy.get(domain.toLowerCase(Locale.ROOT)));
    }

    @Override
    public synchronized boolean approve(String accountId, String domain, Instant at) {
        return approvedBy.putIfAbsent(domain.toLowerCase(Locale.ROOT), accountId) == null;
    }
}
