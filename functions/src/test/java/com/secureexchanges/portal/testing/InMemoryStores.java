package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.wiring.Stores;

/** Every store in memory, sharing one lock, for fast core tests. */
public final class InMemoryStores {

    public final InMemoryUserDirectory directory = new InMemoryUserDirectory();
    public final InMemoryImportDirectory imports = new InMemoryImportDirectory(directory);
    public final InMemorySessionStore sessions = new InMemorySessionStore(directory);
    public final InMemoryRateLimiter limiter = new InMemoryRateLimiter();
    public final InMemoryChallengeStore challenges = new InMemoryChallengeStore(directory, sessions, limiter);
    public final InMemoryLoginStore login = new InMemoryLoginStore(directory, sessions, challenges);
    public final InMemoryDomainDirectory domains = new InMemoryDomainDirectory(directory);
    public final InMemoryLicenses licenses = new InMemoryLicenses(directory);
    public final InMemorySignupStore signups = new InMemorySignupStore(login, directory, domains, sessions);

    public Stores stores() {
        return new Stores(login, sessions, challenges, challenges, directory, directory, directory, limiter, domains,
                imports, licenses, licenses, licenses, signups, directory.deliveries, directory.deliveries);
    }
}
