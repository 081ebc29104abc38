package com.secureexchanges.portal.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.audit.StoredEvent;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.error.Unavailable;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.NewUser;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.LoopbackDns;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * SPEC U4: domains added, proven by a TXT record looked up over real DNS (a server of our own on
 * loopback), kept to one account, removed. A subclass runs the same on DynamoDB Local.
 */
class DomainAdministrationTest {

    static final String TWO = "account-2";

    final CoreFixture f = fixture();
    final LoopbackDns dns = new LoopbackDns();
    final DomainAdministration domains = administration(DomainPolicy.DEFAULT);
    final Caller admin = f.caller(f.signIn("admin@account-1.test"));
    final Caller other;

    CoreFixture fixture() {
        return new CoreFixture();
    }

    DomainAdministrationTest() {
        f.portal.stores().accounts().create(new Account(TWO, "Two", f.clock.instant(), true),
                new User("two-admin", TWO, new EmailAddress("boss@two.test"), Profile.of("B", "Two", Language.EN),
                        Role.ADMINISTRATOR, true, Security.NONE));
        other = f.caller(f.signIn("boss@two.test"));
    }

    DomainAdministration administration(DomainPolicy policy) {
        return f.withDomains(policy.withResolvers(List.of(dns.address()))).domainAdministration();
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    private void publish(DomainClaim claim) {
        dns.publish(claim.domain().recordName(), claim.recordValue());
    }

    private List<StoredEvent> adminEvents(String type) {
        return f.eventsOf(admin.user()).stream().filter(e -> e.event().type().id().equals(type)).toList();
    }

    private static void refused(String id, Executable call) {
        assertEquals(id, assertThrows(PortalException.class, call).id());
    }

    @Test
    void adding_answersTheRecordToPublish_once() {
        DomainAdministration.Added added = domains.add(admin, " Acme.CA. ");
        assertTrue(added.created());
        DomainClaim claim = added.claim();
        assertEquals("acme.ca", claim.domain().value());
        assertEquals(DomainStatus.PENDING, claim.status());
        assertEquals("_secure-exchanges-challenge.acme.ca", claim.domain().recordName());
        assertTrue(claim.recordValue().matches("secure-exchanges-verification=[a-z2-7]{26}"), claim.recordValue());
        DomainAdministration.Added again = domains.add(admin, "acme.ca");
        assertFalse(again.created());
        assertEquals(claim.token(), again.claim().token(), "adding it again answers the same record");
        assertEquals(List.of(claim), domains.list(admin));
        assertEquals(List.of(), domains.list(other), "another account sees none of it");
        StoredEvent event = adminEvents("domain.added").getFirst();
        assertEquals("acme.ca", event.event().details().get("domain"));
        assertEquals(1, adminEvents("domain.added").size());
    }

    @Test
    void internationalNames_areKeptInTheirAsciiForm() {
        assertEquals("xn--bcher-kva.ca", domains.add(admin, "Bücher.ca").claim().domain().value());
    }

    @Test
    void publicMailDomains_andPublicSuffixes_canNeverBeClaimed() {
        for (String name : List.of("gmail.com", "co.uk", "github.io", "gc.ca")) {
            refused("public_domain", () -> domains.add(admin, name));
        }
        String longest = "a".repeat(61) + "." + "b".repeat(61) + "." + "c".repeat(61) + "." + "d".repeat(36) + ".ca";
        assertEquals(225, longest.length());
        domains.add(admin, longest);
        String tooLong = "e" + longest;
        for (String name : List.of("com", "localhost", "exa mple.com", "-bad.example", "a..b", "", "x".repeat(300),
                tooLong)) {
            assertThrows(InvalidInput.class, () -> domains.add(admin, name), name);
        }
        assertEquals(1, domains.list(admin).size(), "a name whose record fits in DNS, and no other");
        StoredEvent refusal = adminEvents("domain.added").getFirst();
        assertEquals("public_domain", refusal.event().reason().orElseThrow());
        assertEquals("gmail.com", refusal.event().details().get("domain"));
        domains.add(admin, "team.co.uk");
    }

    @Test
    void verify_approvesTheDomain_onlyWhenItsValueIsPublished() {
        DomainClaim claim = domains.add(admin, "acme.ca").claim();
        dns.publish(claim.domain().recordName(), "google-site-verification=abc");
        Unprocessable notYet = assertThrows(Unprocessable.class, () -> domains.verify(admin, "acme.ca"));
        assertEquals("record_not_found", notYet.id());
        assertEquals(List.of("google-site-verification=abc"), notYet.details().get("seen"));
        assertEquals(Optional.empty(), f.portal.stores().domains().approvedBy("acme.ca"));
        refused("domain_not_approved", () -> f.portal.userAdministration().add(admin, person("pat@acme.ca")));

        publish(claim);
        DomainClaim verified = domains.verify(admin, "ACME.ca");
        assertEquals(DomainStatus.VERIFIED, verified.status());
        assertEquals(Optional.of(f.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                verified.verifiedAt());
        assertEquals(Optional.of(CoreFixture.ACCOUNT), f.portal.stores().domains().approvedBy("acme.ca"));
        assertEquals(List.of(verified), domains.list(admin));
        assertTrue(dns.questions().contains("_secure-exchanges-challenge.acme.ca"), "asked over DNS");
        f.portal.userAdministration().add(admin, person("pat@acme.ca"));
        List<StoredEvent> checks = adminEvents("domain.verified");
        assertEquals(List.of("record_not_found", ""), checks.stream()
                .map(e -> e.event().reason().orElse("")).toList());
    }

    @Test
    void aCheckThatNoLongerFindsTheRecord_isAnsweredAndRecorded_butKeepsTheApproval() {
        DomainClaim claim = domains.add(admin, "acme.ca").claim();
        publish(claim);
        domains.verify(admin, "acme.ca");
        dns.unpublish(claim.domain().recordName());
        Unprocessable gone = assertThrows(Unprocessable.class, () -> domains.verify(admin, "acme.ca"));
        assertEquals(List.of(), gone.details().get("seen"));
        assertEquals("verified", gone.details().get("status"));
        assertEquals(Optional.of(CoreFixture.ACCOUNT), f.portal.stores().domains().approvedBy("acme.ca"));
        assertEquals("record_not_found", adminEvents("domain.verified").getLast().event().reason().orElseThrow());
    }

    @Test
    void aDomainApprovedByOneAccount_cannotBeAddedOrVerifiedByAnother_whilePendingClaimsBlockNoOne() {
        DomainClaim mine = domains.add(admin, "acme.ca").claim();
        DomainClaim theirs = domains.add(other, "acme.ca").claim();
        assertFalse(mine.token().equals(theirs.token()), "each account its own token");
        publish(mine);
        publish(theirs);
        domains.verify(admin, "acme.ca");
        refused("domain_taken", () -> domains.verify(other, "acme.ca"));
        refused("domain_taken", () -> domains.add(other, "acme.ca"));
        refused("domain_taken", () -> domains.add(other, "ACME.ca."));
        assertEquals(Optional.of(CoreFixture.ACCOUNT), f.portal.stores().domains().approvedBy("acme.ca"));
    }

    @Test
    void anotherAccountsDomain_isNotFound_likeOneThatDoesNotExist() {
        domains.add(admin, "acme.ca");
        assertThrows(NotFound.class, () -> domains.verify(other, "acme.ca"));
        assertThrows(NotFound.class, () -> domains.remove(other, "acme.ca"));
        assertThrows(NotFound.class, () -> domains.verify(other, "missing.ca"));
        assertThrows(NotFound.class, () -> domains.verify(other, "not a domain"));
        assertEquals(1, domains.list(admin).size());
    }

    @Test
    void removing_aVerifiedDomain_needsARecentLogin_andFreesIt() {
        DomainClaim claim = domains.add(admin, "acme.ca").claim();
        publish(claim);
        domains.verify(admin, "acme.ca");
        domains.add(admin, "pending.ca");
        domains.remove(admin, "pending.ca");
        f.clock.advance(Duration.ofMinutes(11));
        Caller stale = f.caller(f.signIn("admin@account-1.test"));
        f.clock.advance(Duration.ofMinutes(11));
        Caller old = new Caller(stale.session(), f.reload(admin.user()), stale.account(), stale.client());
        Forbidden forbidden = assertThrows(Forbidden.class, () -> domains.remove(old, "acme.ca"));
        assertEquals("reauthentication_required", forbidden.id());
        assertEquals(Optional.of(CoreFixture.ACCOUNT), f.portal.stores().domains().approvedBy("acme.ca"));
        Caller fresh = f.caller(f.signIn("admin@account-1.test"));
        domains.remove(fresh, "acme.ca");
        assertEquals(List.of(), domains.list(fresh));
        assertEquals(Optional.empty(), f.portal.stores().domains().approvedBy("acme.ca"));
        assertEquals("verified", adminEvents("domain.removed").getLast().event().details().get("status.before"));
        DomainClaim theirs = domains.add(other, "acme.ca").claim();
        publish(theirs);
        assertEquals(DomainStatus.VERIFIED, domains.verify(other, "acme.ca").status(), "now free to claim");
    }

    @Test
    void anAccountHoldsAtMostItsLimit_ofDomains() {
        DomainAdministration limited = administration(new DomainPolicy(List.of(), Duration.ofSeconds(5), 2, 60));
        limited.add(admin, "one.ca");
        limited.add(admin, "two.ca");
        refused("too_many_domains", () -> limited.add(admin, "three.ca"));
        limited.remove(admin, "one.ca");
        limited.add(admin, "three.ca");
        assertEquals(2, limited.list(admin).size());
    }

    @Test
    void verifications_areCappedPerAccountAndHour() {
        DomainAdministration limited = administration(new DomainPolicy(List.of(), Duration.ofSeconds(5), 10, 2));
        limited.add(admin, "acme.ca");
        refused("record_not_found", () -> limited.verify(admin, "acme.ca"));
        refused("record_not_found", () -> limited.verify(admin, "acme.ca"));
        int asked = dns.questions().size();
        assertThrows(RateLimited.class, () -> limited.verify(admin, "acme.ca"));
        assertEquals(asked, dns.questions().size(), "no lookup past the cap");
        f.clock.advance(Duration.ofHours(1));
        refused("record_not_found", () -> limited.verify(admin, "acme.ca"));
    }

    @Test
    void whenDnsDoesNotAnswer_nothingIsDecided() {
        DomainAdministration impatient = administration(new DomainPolicy(List.of(), Duration.ofMillis(300), 10, 60));
        DomainClaim claim = impatient.add(admin, "acme.ca").claim();
        publish(claim);
        dns.mode(LoopbackDns.Mode.SILENT);
        assertThrows(Unavailable.class, () -> impatient.verify(admin, "acme.ca"));
        dns.mode(LoopbackDns.Mode.SERVFAIL);
        assertEquals("dns_unavailable", assertThrows(Unavailable.class,
                () -> impatient.verify(admin, "acme.ca")).id());
        assertEquals(DomainStatus.PENDING, impatient.list(admin).getFirst().status());
        dns.mode(LoopbackDns.Mode.ANSWER);
        assertEquals(DomainStatus.VERIFIED, impatient.verify(admin, "acme.ca").status());
    }

    @Test
    void aStandardUser_isForbidden() {
        f.addUser("std@gmail.com");
        Caller standard = f.caller(f.signIn("std@gmail.com"));
        assertThrows(Forbidden.class, () -> domains.list(standard));
        assertThrows(Forbidden.class, () -> domains.add(standard, "acme.ca"));
        assertThrows(Forbidden.class, () -> domains.verify(standard, "acme.ca"));
        assertThrows(Forbidden.class, () -> domains.remove(standard, "acme.ca"));
    }

    @Test
    void theChainOfTheAdministrator_stillVerifies() {
        DomainClaim claim = domains.add(admin, "acme.ca").claim();
        refused("record_not_found", () -> domains.verify(admin, "acme.ca"));
        publish(claim);
        domains.verify(admin, "acme.ca");
        assertTrue(f.portal.eventLog().verify(admin, admin.user().id()).valid());
    }

    static NewUser person(String email) {
        return new NewUser(new EmailAddress(email), Profile.of("Pat", "Person", Language.EN), Role.STANDARD,
                Optional.empty());
    }
}
