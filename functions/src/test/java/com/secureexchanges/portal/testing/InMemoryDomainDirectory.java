package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.domain.DomainClaim;
import com.secureexchanges.portal.core.domain.DomainDirectory;
import com.secureexchanges.portal.core.domain.DomainName;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Domains in maps, written with their events under the directory's lock (as one transaction would). */
public final class InMemoryDomainDirectory implements DomainDirectory {

    private final InMemoryUserDirectory directory;
    private final Map<String, String> approvedBy = new HashMap<>();
    private final Map<String, DomainClaim> claims = new HashMap<>();

    public InMemoryDomainDirectory(InMemoryUserDirectory directory) {
        this.directory = directory;
    }

    private static String key(String accountId, DomainName domain) {
        return accountId + "/" + domain.value();
    }

    @Override
    public Optional<String> approvedBy(String domain) {
        synchronized (directory) {
            return Optional.ofNullable(approvedBy.get(domain.toLowerCase(Locale.ROOT)));
        }
    }

    @Override
    public List<DomainClaim> list(String accountId) {
        synchronized (directory) {
            return claims.values().stream().filter(c -> c.accountId().equals(accountId))
                    .sorted(Comparator.comparing(c -> c.domain().value())).toList();
        }
    }

    @Override
    public Optional<DomainClaim> find(String accountId, DomainName domain) {
        synchronized (directory) {
            return Optional.ofNullable(claims.get(key(accountId, domain)));
        }
    }

    @Override
    public Optional<Refusal> add(DomainClaim claim, int limit, Appendix journal) {
        synchronized (directory) {
            directory.checkHead(journal);
            if (claims.containsKey(key(claim.accountId(), claim.domain()))) {
                return Optional.of(Refusal.ALREADY_ADDED);
            }
            if (list(claim.accountId()).size() >= limit) {
                return Optional.of(Refusal.TOO_MANY);
            }
            claims.put(key(claim.accountId(), claim.domain()), claim);
            directory.apply(journal);
            return Optional.empty();
        }
    }

    @Override
    public Optional<Refusal> verify(DomainClaim claim, Instant at, Appendix journal) {
        synchronized (directory) {
            directory.checkHead(journal);
            String owner = approvedBy.get(claim.domain().value());
            if (owner != null && !owner.equals(claim.accountId())) {
                return Optional.of(Refusal.TAKEN);
            }
            DomainClaim stored = claims.get(key(claim.accountId(), claim.domain()));
            if (stored == null || !stored.token().equals(claim.token())) {
                return Optional.of(Refusal.GONE);
            }
            approvedBy.put(claim.domain().value(), claim.accountId());
            claims.put(key(claim.accountId(), claim.domain()), stored.verifiedAt(at));
            directory.apply(journal);
            return Optional.empty();
        }
    }

    @Override
    public boolean remove(DomainClaim claim, Appendix journal) {
        synchronized (directory) {
            directory.checkHead(journal);
            DomainClaim stored = claims.get(key(claim.accountId(), claim.domain()));
            if (stored == null || stored.status() != claim.status()) {
                return false;
            }
            claims.remove(key(claim.accountId(), claim.domain()));
            if (claim.verified()) {
                approvedBy.remove(claim.domain().value(), claim.accountId());
            }
            directory.apply(journal);
            return true;
        }
    }

    @Override
    public boolean approve(String accountId, String domain, Instant at) {
        synchronized (directory) {
            DomainName name = new DomainName(domain);
            if (approvedBy.putIfAbsent(name.value(), accountId) != null) {
                return false;
            }
            claims.put(key(accountId, name), DomainClaim.pending(accountId, name, "local", at).verifiedAt(at));
            return true;
        }
    }
}
