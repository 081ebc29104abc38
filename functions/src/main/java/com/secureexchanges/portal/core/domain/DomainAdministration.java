package com.secureexchanges.portal.core.domain;

import com.google.common.io.BaseEncoding;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.error.Unavailable;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.port.TxtLookup;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.user.SensitiveChanges;
import com.secureexchanges.portal.core.user.UserPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Organizational domain management" (SPEC U4): an administrator adds a domain, publishes the TXT record
 * the answer gives, and "Verify" looks it up in DNS; once seen, the domain is the account's alone. Every
 * lookup is inside the administrator's account (another account's domain is not found, like a missing
 * one); every outcome, refusals included, is an event in the administrator's log.
 */
public final class DomainAdministration {

    /** The most TXT values answered back when the record is not among them, and the most of each. */
    static final int SEEN_VALUES = 10;
    static final int SEEN_LENGTH = 255;

    private final DomainDirectory domains;
    private final Supplier<TxtLookup> dns;
    private final Journal journal;
    private final RateLimiter limiter;
    private final TokenGenerator tokens;
    private final Clock clock;
    private final DomainPolicy policy;
    private final UserPolicy users;
    private final SensitiveChanges sensitive;

    public DomainAdministration(DomainDirectory domains, Supplier<TxtLookup> dns, Journal journal,
                                RateLimiter limiter, TokenGenerator tokens, Clock clock, DomainPolicy policy,
                                UserPolicy users, SensitiveChanges sensitive) {
        this.domains = domains;
        this.dns = dns;
        this.journal = journal;
        this.limiter = limiter;
        this.tokens = tokens;
        this.clock = clock;
        this.policy = policy;
        this.users = users;
        this.sensitive = sensitive;
    }

    /** An added domain, and whether this request added it (else it was already the account's). */
    public record Added(DomainClaim claim, boolean created) {
    }

    public List<DomainClaim> list(Caller admin) {
        admin.requireAdministrator();
        return domains.list(admin.account().id());
    }

    /**
     * Adds a pending domain to the administrator's account; adding one it already has answers that one.
     *
     * @throws InvalidInput  {@code invalid_domain}
     * @throws Unprocessable {@code public_domain} for a public mail domain or a public suffix,
     *                       {@code too_many_domains} past the account's limit
     * @throws Conflict      {@code domain_taken} when another account approved it
     */
    public Added add(Caller admin, String raw) {
        admin.requireAdministrator();
        DomainName domain = DomainName.parse(raw);
        Event added = admin.event(EventType.DOMAIN_ADDED).with("domain", domain.value());
        if (users.isPublic(domain.value()) || domain.isPublicSuffix()) {
            throw refused(admin, added, new Unprocessable(ErrorId.PUBLIC_DOMAIN));
        }
        if (takenByAnother(admin, domain)) {
            throw refused(admin, added, new Conflict(ErrorId.DOMAIN_TAKEN));
        }
        Optional<DomainClaim> existing = domains.find(admin.account().id(), domain);
        if (existing.isPresent()) {
            return new Added(existing.get(), false);
        }
        DomainClaim claim = DomainClaim.pending(admin.account().id(), domain, newToken(), now());
        Optional<DomainDirectory.Refusal> refusal = journal.record(admin.user().chain(), admin.user().journal(),
                List.of(added), appendix -> domains.add(claim, policy.maxDomains(), appendix));
        if (refusal.isEmpty()) {
            return new Added(claim, true);
        }
        if (refusal.get() == DomainDirectory.Refusal.TOO_MANY) {
            throw refused(admin, added, new Unprocessable(ErrorId.TOO_MANY_DOMAINS));
        }
        return new Added(domains.find(admin.account().id(), domain).orElseThrow(Conflict::concurrentChange), false);
    }

    /**
     * Looks the domain's record up in DNS and, when its value is there, approves the domain for the
     * account. Can be run again at any time; a check that no longer finds the record is answered and
     * recorded, but does not withdraw an approval by itself (users may depend on it).
     *
     * @throws NotFound      when the account has no such domain
     * @throws Unprocessable {@code record_not_found}, with {@code seen}: the TXT values found there
     * @throws Conflict      {@code domain_taken} when another account approved it first
     * @throws RateLimited   {@code verify_limit}
     * @throws Unavailable   {@code dns_unavailable} when no resolver answered
     */
    public DomainClaim verify(Caller admin, String raw) {
        DomainClaim claim = claimOf(admin, raw);
        Event verified = admin.event(EventType.DOMAIN_VERIFIED).with("domain", claim.domain().value());
        if (!limiter.tryAcquire(RateWindow.fixed("domain-check", admin.account().id(), policy.checksPerHour(),
                Duration.ofHours(1), clock.instant()))) {
            throw refused(admin, verified, new RateLimited(ErrorId.VERIFY_LIMIT));
        }
        if (takenByAnother(admin, claim.domain())) {
            throw refused(admin, verified, new Conflict(ErrorId.DOMAIN_TAKEN));
        }
        List<String> seen;
        try {
            seen = dns.get().txt(claim.domain().recordName());
        } catch (TxtLookup.LookupFailed noAnswer) {
            throw refused(admin, verified, new Unavailable(ErrorId.DNS_UNAVAILABLE));
        }
        if (seen.stream().map(String::strip).noneMatch(claim.recordValue()::equals)) {
            throw refused(admin, verified, new Unprocessable(ErrorId.RECORD_NOT_FOUND, Map.of(
                    "seen", seen.stream().limit(SEEN_VALUES).map(DomainAdministration::shortened).toList(),
                    "status", claim.status().id())));
        }
        DomainClaim approved = claim.verifiedAt(now());
        Optional<DomainDirectory.Refusal> refusal = journal.record(admin.user().chain(), admin.user().journal(),
                List.of(verified.with("status.before", claim.status().id()).with("status.after", "verified")),
                appendix -> domains.verify(claim, approved.verifiedAt().orElseThrow(), appendix));
        if (refusal.isEmpty()) {
            return approved;
        }
        if (refusal.get() == DomainDirectory.Refusal.TAKEN) {
            throw refused(admin, verified, new Conflict(ErrorId.DOMAIN_TAKEN));
        }
        throw new NotFound();
    }

    /**
     * Removes a domain from the account; a verified one needs a recent login (another account could then
     * claim it, and no new user can be added at it). Users already at the domain keep their accounts.
     */
    public void remove(Caller admin, String raw) {
        DomainClaim claim = claimOf(admin, raw);
        if (claim.verified()) {
            sensitive.require(admin, admin.user(), EventType.DOMAIN_REMOVED);
        }
        Event removed = admin.event(EventType.DOMAIN_REMOVED).with("domain", claim.domain().value())
                .with("status.before", claim.status().id()).with("status.after", "removed");
        if (!journal.record(admin.user().chain(), admin.user().journal(), List.of(removed),
                appendix -> domains.remove(claim, appendix))) {
            throw Conflict.concurrentChange();
        }
    }

    private DomainClaim claimOf(Caller admin, String raw) {
        admin.requireAdministrator();
        DomainName domain;
        try {
            domain = DomainName.parse(raw);
        } catch (InvalidInput notAName) {
            throw new NotFound();
        }
        return domains.find(admin.account().id(), domain).orElseThrow(NotFound::new);
    }

    private boolean takenByAnother(Caller admin, DomainName domain) {
        return domains.approvedBy(domain.value()).filter(id -> !id.equals(admin.account().id())).isPresent();
    }

    /** Records the refusal in the administrator's log and answers the error to throw. */
    private PortalException refused(Caller admin, Event attempt, PortalException error) {
        try {
            journal.recordAlone(admin.user().chain(), admin.user().journal(), List.of(attempt.failed(error.id())));
        } catch (Conflict chainKeptMoving) {
            // The refusal stands without its event.
        }
        return error;
    }

    /** Now, to the second, as stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** 128 random bits in lower-case base32, without padding (26 characters). */
    private String newToken() {
        byte[] bits = Base64.getUrlDecoder().decode(tokens.id());
        return BaseEncoding.base32().omitPadding().lowerCase().encode(bits);
    }

    private static String shortened(String value) {
        return value.length() > SEEN_LENGTH ? value.substring(0, SEEN_LENGTH) : value;
    }
}
