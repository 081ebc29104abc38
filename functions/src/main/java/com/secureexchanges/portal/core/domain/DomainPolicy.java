package com.secureexchanges.portal.core.domain;

import java.time.Duration;
import java.util.List;

/**
 * Rules for claiming domains (SPEC U4).
 *
 * @param resolvers  {@code host:port} of the DNS resolvers to ask ({@code DNS_RESOLVERS}); empty for the
 *                   system's own
 * @param timeout    how long one lookup may take, every resolver and retry included
 * @param maxDomains the most domains, pending or verified, one account may hold
 * @param checksPerHour the most "Verify" lookups one account may cause in an hour
 */
public record DomainPolicy(List<String> resolvers, Duration timeout, int maxDomains, int checksPerHour) {

    public static final DomainPolicy DEFAULT = new DomainPolicy(List.of(), Duration.ofSeconds(5), 100, 60);

    public DomainPolicy {
        resolvers = List.copyOf(resolvers);
    }

    public DomainPolicy withResolvers(List<String> list) {
        return new DomainPolicy(list, timeout, maxDomains, checksPerHour);
    }
}
