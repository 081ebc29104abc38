package com.secureexchanges.portal.core.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.Opening;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.StoredEvent;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.NewUser;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * SPEC A3–A5, P1: orders grow the pool; licences are assigned, changed, removed, transferred and upgraded with
 * their events; every refusal is a 4xx with its id and writes nothing but its event. A subclass runs it on
 * DynamoDB Local, and adds the races the conditions exist for.
 */
class LicensesTest {

    final CoreFixture f = fixture();
    String session;

    CoreFixture fixture() {
        return new CoreFixture();
    }

    LicensesTest() {
        session = f.signIn("admin@account-1.test");
    }

    /** The administrator as a new request resolves them (the pool as stored now), signed in again after a while. */
    Caller admin() {
        try {
            return f.caller(session);
        } catch (NotAuthenticated idle) {
            session = f.signIn("admin@account-1.test");
            return f.caller(session);
        }
    }

    /** The administrator after a new login (orders and upgrades need one of the last 10 minutes). */
    Caller freshAdmin() {
        f.clock.advance(Duration.ofSeconds(31));
        session = f.signIn("admin@account-1.test");
        return f.caller(session);
    }

    Order buy(String plan, int quantity) {
        return f.portal.purchasing().order(admin(), List.of(new OrderRequest(plan, quantity)));
    }

    Seats seats(String plan) {
        return admin().account().billing().seats(plan);
    }

    User user(String name) {
        return f.addUser(name + "@account-1.test");
    }

    static String refusal(Executable call) {
        return assertThrows(PortalException.class, call).id();
    }

    private Map<String, String> lastDetails(User user) {
        List<StoredEvent> events = f.eventsOf(user);
        return events.getLast().event().details();
    }

    @Test
    void theFirstOrder_startsTheCycle_forOneCalendarMonth_atTheFullPrice() {
        Order order = f.portal.purchasing().order(admin(), List.of(new OrderRequest("eco", 3),
                new OrderRequest("pro", 2)));
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        assertEquals("invoice", order.payment());
        assertEquals(new Money(3 * 1_500 + 2 * 4_000, "CAD"), order.total());
        assertEquals(order.total(), order.monthly());
        assertEquals(BillingPeriod.first(order.at()), order.period());
        assertEquals(new Seats(3, 3), seats("eco"));
        assertEquals(new Seats(2, 2), seats("pro"));
        assertEquals(Optional.of(order.at()), admin().account().billing().anchor());
        StoredEvent purchased = f.eventsOf(admin().user()).getLast();
        assertEquals("license.purchased", purchased.event().type().id());
        assertEquals(Map.of("order", order.id(), "lines", "eco:3,pro:2", "total", "12500", "currency", "CAD"),
                purchased.event().details());
    }

    @Test
    void aLaterOrder_joinsTheRunningPeriod_andChargesWhatIsLeftOfIt() {
        Order first = buy("eco", 1);
        f.clock.advance(Duration.ofSeconds(first.period().seconds() / 2));
        Order second = buy("advanced", 4);
        assertEquals(first.period().end(), second.period().end(), "every licence renews with the account");
        assertEquals(new Money(4 * 2_500 / 2, "CAD"), second.total(), "half the period left: half the price");
        assertEquals(new Money(4 * 2_500, "CAD"), second.monthly());
        f.clock.advance(Duration.ofSeconds(first.period().seconds()));
        Order third = buy("eco", 1);
        assertEquals(first.period().end().atZone(ZoneOffset.UTC).plusMonths(1).toInstant(),
                third.period().end(), "the next period");
        OrderPage page = f.portal.purchasing().orders(admin(), Optional.empty());
        assertEquals(List.of(third.id(), second.id(), first.id()), page.orders().stream().map(Order::id).toList(),
                "newest first");
        assertEquals(second, page.orders().get(1), "stored as placed");
    }

    /** The review's exact charge before "Pay": what the order then takes, with nothing recorded before it. */
    @Test
    void aPreview_chargesWhatTheOrderWill_andRecordsNothing_evenWithAnOldLogin() {
        Order first = buy("eco", 1);
        f.clock.advance(Duration.ofSeconds(first.period().seconds() / 3));
        List<OrderRequest> lines = List.of(new OrderRequest("advanced", 4), new OrderRequest("pro", 1));
        admin();
        f.clock.advance(Duration.ofMinutes(11));
        OrderPreview preview = f.portal.purchasing().preview(admin(), lines);
        assertEquals(1, f.portal.purchasing().orders(admin(), Optional.empty()).orders().size(), "nothing recorded");
        assertEquals(new Seats(0, 0), seats("advanced"));
        assertEquals("reauthentication_required", refusal(() -> f.portal.purchasing().order(admin(), lines)),
                "the order itself still needs a recent login; the preview did not");
        Order placed = f.portal.purchasing().order(freshAdmin(), lines);
        assertEquals(placed.lines(), preview.lines());
        assertEquals(placed.total(), preview.total());
        assertEquals(placed.monthly(), preview.monthly());
        assertEquals(placed.period().end(), preview.period().end());
        assertEquals("unknown_plan", refusal(() -> f.portal.purchasing().preview(admin(),
                List.of(new OrderRequest("platinum", 1)))));
    }

    @Test
    void badOrders_areRefusedWithTheirIds_andWriteNothing() {
        Account before = admin().account();
        assertEquals("invalid_quantity", refusal(() -> buy("eco", 0)));
        assertEquals("invalid_quantity", refusal(() -> buy("eco", -3)));
        assertEquals("invalid_quantity", refusal(() -> buy("eco", 1_001)));
        assertEquals("unknown_plan", refusal(() -> buy("gold", 1)));
        assertEquals("duplicate_plan", refusal(() -> f.portal.purchasing().order(admin(),
                List.of(new OrderRequest("eco", 1), new OrderRequest("eco", 2)))));
        assertEquals("missing_field", refusal(() -> f.portal.purchasing().order(admin(), List.of())));
        assertEquals(before, admin().account());
        assertTrue(f.portal.purchasing().orders(admin(), Optional.empty()).orders().isEmpty());
        assertThrows(InvalidInput.class, () -> f.portal.purchasing().orders(admin(), Optional.of("bm90IGEgY3Vyc29y")));
    }

    @Test
    void anOrder_needsALoginOfTheLastTenMinutes() {
        f.clock.advance(Duration.ofMinutes(11));
        assertEquals("reauthentication_required", refusal(() -> buy("eco", 1)));
        assertEquals(Optional.of("reauthentication_required"), f.eventsOf(admin().user()).getLast().event()
                .reason());
        assertEquals(Seats.NONE, seats("eco"));
        freshAdmin();
        buy("eco", 1);
        assertEquals(new Seats(1, 1), seats("eco"));
    }

    @Test
    void ordersPerHour_areLimited_perAccount() {
        for (int i = 0; i < 20; i++) {
            buy("eco", 1);
        }
        assertThrows(RateLimited.class, () -> buy("eco", 1));
        assertEquals(20, seats("eco").total());
        f.clock.advance(Duration.ofHours(1));
        buy("eco", 1);
    }

    @Test
    void aPlan_holdsAtMostItsLimit() {
        for (int i = 0; i < 10; i++) {
            buy("pro", 1_000);
        }
        assertEquals("too_many_licenses", refusal(() -> buy("pro", 1)));
        assertEquals(new Seats(10_000, 10_000), seats("pro"));
        assertEquals("license.purchased", f.eventsOf(admin().user()).getLast().event().type().id());
        assertEquals("too_many_licenses", f.eventsOf(admin().user()).getLast().event().reason().orElseThrow());
    }

    @Test
    void assigning_takesAFreeLicence_recordsIt_andTellsTheUser() {
        buy("eco", 2);
        User pat = user("pat");
        var changed = f.portal.licenseAdministration().assign(admin(), pat.id(), "eco");
        HeldLicense held = changed.user().license().orElseThrow();
        assertEquals("eco", held.plan());
        assertEquals(new Seats(2, 1), changed.pool().seats("eco"));
        assertEquals(new Seats(2, 1), seats("eco"));
        assertEquals(Optional.of(held), f.reload(pat).license());
        assertEquals("license.assigned", f.eventsOf(pat).getLast().event().type().id());
        assertEquals(admin().user().id(), f.eventsOf(pat).getLast().event().actor());
        assertEquals(Map.of("license", held.id(), "plan", "eco"), lastDetails(pat));
        assertEquals("Your Secure Exchanges license: Eco", f.mail.sent().getLast().subject());
        assertEquals(pat.email(), f.mail.sent().getLast().to());
        List<Holding> list = f.portal.licenseAdministration().list(admin()).held();
        assertEquals(List.of(new Holding(held, pat.id(), pat.email())), list);
    }

    @Test
    void assigning_withoutAFreeLicence_isRefused_andRecorded() {
        buy("eco", 1);
        User pat = user("pat");
        User sam = user("sam");
        f.portal.licenseAdministration().assign(admin(), pat.id(), "eco");
        int mails = f.mail.sent().size();
        assertEquals("no_license_available", refusal(() -> f.portal.licenseAdministration().assign(admin(), sam.id(),
                "eco")));
        assertEquals("no_license_available", refusal(() -> f.portal.licenseAdministration().assign(admin(), sam.id(),
                "pro")));
        assertEquals(Optional.empty(), f.reload(sam).license());
        assertEquals(new Seats(1, 0), seats("eco"));
        assertEquals(mails, f.mail.sent().size());
        StoredEvent refused = f.eventsOf(sam).getLast();
        assertEquals("license.assigned", refused.event().type().id());
        assertEquals(Optional.of("no_license_available"), refused.event().reason());
    }

    @Test
    void assigningAnotherPlan_movesTheUser_andTheOldLicenceGoesBack() {
        buy("eco", 1);
        buy("pro", 1);
        User pat = user("pat");
        HeldLicense eco = f.portal.licenseAdministration().assign(admin(), pat.id(), "eco").user().license()
                .orElseThrow();
        var moved = f.portal.licenseAdministration().assign(admin(), pat.id(), "pro");
        HeldLicense pro = moved.user().license().orElseThrow();
        assertEquals("pro", pro.plan());
        assertNotEquals(eco.id(), pro.id());
        assertEquals(new Seats(1, 1), moved.pool().seats("eco"));
        assertEquals(new Seats(1, 0), moved.pool().seats("pro"));
        assertEquals(Map.of("license.before", eco.id(), "license.after", pro.id(), "plan.before", "eco",
                "plan.after", "pro"), lastDetails(pat));
        assertEquals("license.modified", f.eventsOf(pat).getLast().event().type().id());
        int events = f.eventsOf(pat).size();
        assertEquals(Optional.of(pro), f.portal.licenseAdministration().assign(admin(), pat.id(), "pro").user()
                .license(), "the same plan again changes nothing");
        assertEquals(events, f.eventsOf(pat).size());
    }

    @Test
    void removing_givesTheLicenceBack_andAgainChangesNothing() {
        buy("eco", 1);
        User pat = user("pat");
        HeldLicense held = f.portal.licenseAdministration().assign(admin(), pat.id(), "eco").user().license()
                .orElseThrow();
        var removed = f.portal.licenseAdministration().remove(admin(), pat.id());
        assertEquals(Optional.empty(), removed.user().license());
        assertEquals(new Seats(1, 1), removed.pool().seats("eco"));
        assertEquals(Map.of("license", held.id(), "plan", "eco"), lastDetails(pat));
        assertEquals("license.removed", f.eventsOf(pat).getLast().event().type().id());
        int events = f.eventsOf(pat).size();
        assertEquals(new Seats(1, 1), f.portal.licenseAdministration().remove(admin(), pat.id()).pool().seats("eco"));
        assertEquals(events, f.eventsOf(pat).size(), "idempotent");
        assertTrue(f.portal.licenseAdministration().list(admin()).held().isEmpty());
    }

    @Test
    void transferring_movesTheSameLicence_andBothLogsSaySo() {
        buy("eco", 1);
        User pat = user("pat");
        User sam = user("sam");
        HeldLicense held = f.portal.licenseAdministration().assign(admin(), pat.id(), "eco").user().license()
                .orElseThrow();
        var result = f.portal.licenseAdministration().transfer(admin(), pat.id(), sam.id());
        assertEquals(Optional.empty(), result.user().license());
        assertEquals(new Seats(1, 0), result.pool().seats("eco"));
        assertEquals(held.id(), f.reload(sam).license().orElseThrow().id());
        assertEquals(Optional.empty(), f.reload(pat).license());
        Map<String, String> details = Map.of("license", held.id(), "plan", "eco", "from", pat.id(), "to", sam.id());
        assertEquals(details, lastDetails(pat));
        assertEquals(details, lastDetails(sam));
        assertEquals("license.transferred", f.eventsOf(sam).getLast().event().type().id());
        assertEquals(sam.email(), f.mail.sent().getLast().to(), "the receiving user is told");
        assertEquals(List.of(new Holding(f.reload(sam).license().orElseThrow(), sam.id(), sam.email())),
                f.portal.licenseAdministration().list(admin()).held());
    }

    @Test
    void transferring_needsALicence_andAReceiverWithout() {
        buy("eco", 2);
        User pat = user("pat");
        User sam = user("sam");
        User kim = user("kim");
        f.portal.licenseAdministration().assign(admin(), pat.id(), "eco");
        f.portal.licenseAdministration().assign(admin(), sam.id(), "eco");
        assertEquals("already_licensed", refusal(() -> f.portal.licenseAdministration().transfer(admin(), pat.id(),
                sam.id())));
        assertEquals("already_licensed", refusal(() -> f.portal.licenseAdministration().transfer(admin(), pat.id(),
                pat.id())));
        assertEquals("not_licensed", refusal(() -> f.portal.licenseAdministration().transfer(admin(), kim.id(),
                sam.id())));
        assertEquals("not_found", refusal(() -> f.portal.licenseAdministration().transfer(admin(), pat.id(),
                "nobody")));
        assertEquals(Optional.of("already_licensed"), f.eventsOf(pat).getLast().event().reason());
        assertEquals(new Seats(2, 0), seats("eco"));
    }

    @Test
    void removingFromTheAccount_takesOnlyFreeLicences() {
        buy("eco", 3);
        User pat = user("pat");
        f.portal.licenseAdministration().assign(admin(), pat.id(), "eco");
        assertEquals("not_enough_free_licenses", refusal(() -> f.portal.purchasing().removeFromAccount(admin(),
                "eco", 3)));
        assertEquals(new Seats(3, 2), seats("eco"));
        assertEquals(new Seats(1, 0), f.portal.purchasing().removeFromAccount(admin(), "eco", 2).seats("eco"));
        assertEquals(new Seats(1, 0), seats("eco"));
        StoredEvent removed = f.eventsOf(admin().user()).getLast();
        assertEquals("license.removed_from_account", removed.event().type().id());
        assertEquals(Map.of("plan", "eco", "quantity", "2"), removed.event().details());
        assertEquals("invalid_quantity", refusal(() -> f.portal.purchasing().removeFromAccount(admin(), "eco", 0)));
        assertEquals("unknown_plan", refusal(() -> f.portal.purchasing().removeFromAccount(admin(), "gold", 1)));
    }

    @Test
    void anUpgrade_isQuoted_thenPaidOnce_forExactlyTheQuote() {
        Order first = buy("eco", 1);
        User pat = user("pat");
        HeldLicense held = f.portal.licenseAdministration().assign(admin(), pat.id(), "eco").user().license()
                .orElseThrow();
        f.clock.advance(Duration.ofSeconds(first.period().seconds() / 4));
        Quote quote = f.portal.upgrades().quote(admin(), pat.id(), "pro");
        long remaining = first.period().remaining(f.clock.instant().truncatedTo(ChronoUnit.SECONDS));
        assertEquals(new Money(2_500, "CAD").share(remaining, first.period().seconds()), quote.amount());
        assertEquals(f.clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(15)),
                quote.expiresAt());
        f.clock.advance(Duration.ofMinutes(11));
        assertEquals("reauthentication_required", refusal(() -> f.portal.upgrades().pay(admin(), pat.id(),
                quote.id())), "it is billed: a stolen session alone cannot pay");
        assertEquals(Optional.of("reauthentication_required"), f.eventsOf(pat).getLast().event().reason());
        Upgrades.Paid paid = f.portal.upgrades().pay(freshAdmin(), pat.id(), quote.id());
        assertEquals(quote.amount(), paid.order().total(), "charged exactly the quote");
        assertEquals(Order.Kind.UPGRADE, paid.order().kind());
        assertEquals(Optional.of(pat.id()), paid.order().upgraded());
        assertEquals(held.ofPlan("pro"), f.reload(pat).license().orElseThrow(), "the same licence, in place");
        assertEquals(new Seats(0, 0), seats("eco"));
        assertEquals(new Seats(1, 0), seats("pro"));
        assertEquals("license.upgraded", f.eventsOf(pat).getLast().event().type().id());
        assertEquals(paid.order().id(), lastDetails(pat).get("order"));
        assertEquals("quote_used", refusal(() -> f.portal.upgrades().pay(admin(), pat.id(), quote.id())));
        assertEquals(2, f.portal.purchasing().orders(admin(), Optional.empty()).orders().size());
    }

    @Test
    void quotes_goUpOnly_andStaleForeignOrUsedOnesAreRefused() {
        buy("advanced", 1);
        buy("eco", 1);
        User pat = user("pat");
        User sam = user("sam");
        f.portal.licenseAdministration().assign(admin(), pat.id(), "advanced");
        assertEquals("not_an_upgrade", refusal(() -> f.portal.upgrades().quote(admin(), pat.id(), "eco")));
        assertEquals("not_an_upgrade", refusal(() -> f.portal.upgrades().quote(admin(), pat.id(), "advanced")));
        assertEquals("unknown_plan", refusal(() -> f.portal.upgrades().quote(admin(), pat.id(), "gold")));
        assertEquals("not_licensed", refusal(() -> f.portal.upgrades().quote(admin(), sam.id(), "pro")));
        Quote quote = f.portal.upgrades().quote(admin(), pat.id(), "pro");
        assertEquals("quote_invalid", refusal(() -> f.portal.upgrades().pay(admin(), sam.id(), quote.id())),
                "another user's quote");
        assertEquals("quote_invalid", refusal(() -> f.portal.upgrades().pay(admin(), pat.id(), "no-such-quote")));
        assertEquals("quote_invalid", refusal(() -> f.portal.upgrades().pay(admin(), pat.id(), "bad id!")));
        f.clock.advance(Duration.ofMinutes(15));
        freshAdmin();
        assertEquals("quote_expired", refusal(() -> f.portal.upgrades().pay(admin(), pat.id(), quote.id())));
        Quote fresh = f.portal.upgrades().quote(admin(), pat.id(), "pro");
        f.portal.licenseAdministration().remove(admin(), pat.id());
        f.portal.licenseAdministration().assign(admin(), pat.id(), "advanced");
        assertEquals("quote_outdated", refusal(() -> f.portal.upgrades().pay(admin(), pat.id(), fresh.id())),
                "another licence since");
        assertEquals("advanced", f.reload(pat).license().orElseThrow().plan());
        assertEquals(new Seats(0, 0), seats("pro"));
        assertEquals(Optional.of("quote_outdated"), f.eventsOf(pat).getLast().event().reason());
    }

    /** A plan taken out of the plans file: no longer sold, still in the pool, its licences removable. */
    @Test
    void aRetiredPlan_cannotBeBought_butItsLicencesCanBeRemoved() {
        buy("eco", 2);
        User pat = user("pat");
        f.portal.licenseAdministration().assign(admin(), pat.id(), "eco");
        var retired = f.withLicenses(LicensePolicy.of(new Plans(List.of(f.portal.config().licenses().plans()
                .require("pro")))));
        assertEquals("unknown_plan", refusal(() -> retired.purchasing().order(admin(),
                List.of(new OrderRequest("eco", 1)))));
        assertEquals(new Seats(1, 0), retired.purchasing().removeFromAccount(admin(), "eco", 1).seats("eco"));
        assertEquals(new Seats(1, 1), retired.licenseAdministration().remove(admin(), pat.id()).pool().seats("eco"));
        assertEquals("unknown_plan", refusal(() -> retired.purchasing().removeFromAccount(admin(), "gold", 1)));
    }

    /** A quote id is looked up under the caller's account: another account's quote is not found. */
    @Test
    void anotherAccountsQuote_isInvalidHere() {
        buy("eco", 1);
        User pat = user("pat");
        f.portal.licenseAdministration().assign(admin(), pat.id(), "eco");
        Quote ours = f.portal.upgrades().quote(admin(), pat.id(), "pro");
        f.portal.stores().accounts().create(new Account("account-2", "Two", f.clock.instant(), true),
                new User("two-admin", "account-2", new EmailAddress("boss@two.test"), Profile.of("B", "Two",
                        Language.EN), Role.ADMINISTRATOR, true, Security.NONE));
        f.clock.advance(Duration.ofMinutes(1));
        String other = f.signIn("boss@two.test");
        f.portal.purchasing().order(f.caller(other), List.of(new OrderRequest("eco", 1)));
        f.portal.licenseAdministration().assign(f.caller(other), "two-admin", "eco");
        assertEquals("quote_invalid", refusal(() -> f.portal.upgrades().pay(f.caller(other), "two-admin",
                ours.id())));
        assertEquals("eco", f.reload(pat).license().orElseThrow().plan());
        f.portal.upgrades().pay(admin(), pat.id(), ours.id());
    }

    @Test
    void anotherAccountsUsers_areNotFound_andStandardUsersAreRefused() {
        buy("eco", 2);
        f.portal.stores().accounts().create(new Account("account-2", "Two", f.clock.instant(), true),
                new User("two-admin", "account-2", new EmailAddress("boss@two.test"), Profile.of("B", "Two",
                        Language.EN), Role.ADMINISTRATOR, true, Security.NONE));
        var licenses = f.portal.licenseAdministration();
        for (Executable call : List.<Executable>of(() -> licenses.assign(admin(), "two-admin", "eco"),
                () -> licenses.remove(admin(), "two-admin"), () -> licenses.transfer(admin(), "two-admin", "x"),
                () -> f.portal.upgrades().quote(admin(), "two-admin", "pro"),
                () -> f.portal.upgrades().pay(admin(), "two-admin", "q"))) {
            assertThrows(NotFound.class, call);
        }
        User pat = user("pat");
        licenses.assign(admin(), pat.id(), "eco");
        assertThrows(NotFound.class, () -> licenses.transfer(admin(), pat.id(), "two-admin"), "not a receiver either");
        assertTrue(f.reload(pat).license().isPresent());
        f.clock.advance(Duration.ofMinutes(1));
        Caller standard = f.caller(f.signIn(pat.email().value()));
        for (Executable call : List.<Executable>of(() -> licenses.list(standard),
                () -> licenses.assign(standard, pat.id(), "eco"), () -> licenses.remove(standard, pat.id()),
                () -> f.portal.purchasing().order(standard, List.of(new OrderRequest("eco", 1))),
                () -> f.portal.purchasing().orders(standard, Optional.empty()),
                () -> f.portal.purchasing().removeFromAccount(standard, "eco", 1),
                () -> f.portal.upgrades().quote(standard, pat.id(), "pro"))) {
            assertThrows(Forbidden.class, call);
        }
    }

    /** The caller's read may carry the user the request names (Http does for these routes): the same answers. */
    @Test
    void theUserReadWithTheCaller_isTheOneActedOn_andOnlyInTheCallersAccount() {
        buy("eco", 1);
        User pat = user("pat");
        admin();
        Caller withPat = f.portal.callers().resolve(Optional.of(session), CoreFixture.BROWSER, Optional.of(pat.id()));
        assertEquals(Optional.of(Optional.of(pat)), withPat.subject(pat.id()).map(u -> u.map(x -> x.withJournal(
                pat.journal()))));
        assertEquals("eco", f.portal.licenseAdministration().assign(withPat, pat.id(), "eco").user().license()
                .orElseThrow().plan());
        Caller withNobody = f.portal.callers().resolve(Optional.of(session), CoreFixture.BROWSER,
                Optional.of("two-admin"));
        assertEquals(Optional.of(Optional.empty()), withNobody.subject("two-admin"));
        assertThrows(NotFound.class, () -> f.portal.licenseAdministration().remove(withNobody, "two-admin"));
        assertFalse(withNobody.subject(pat.id()).isPresent(), "read only for the id named");
    }

    /** SPEC U1: a user added with a plan holds one of its free licences from the start, in the same write. */
    @Test
    void aUserAddedWithAPlan_holdsAFreeLicenceOfIt() {
        buy("eco", 1);
        f.portal.stores().domains().approve(CoreFixture.ACCOUNT, "one.test", f.clock.instant());
        int mails = f.mail.sent().size();
        User kim = f.portal.userAdministration().add(admin(), new NewUser(new EmailAddress("kim@one.test"),
                Profile.of("Kim", "New", Language.FR), Role.STANDARD, Optional.empty(), Optional.of("eco")));
        assertEquals("eco", f.reload(kim).license().orElseThrow().plan());
        assertEquals(List.of("user.added", "license.assigned"), f.eventTypesOf(kim));
        assertEquals(new Seats(1, 0), seats("eco"));
        assertEquals(List.of("Vous avez été ajouté à Secure Exchanges", "Votre licence Secure Exchanges : Éco"),
                f.mail.sent().subList(mails, f.mail.sent().size()).stream().map(m -> m.subject()).toList());
        assertEquals("no_license_available", refusal(() -> f.portal.userAdministration().add(admin(), new NewUser(
                new EmailAddress("lou@one.test"), Profile.of("Lou", "Late", Language.EN), Role.STANDARD,
                Optional.empty(), Optional.of("eco")))));
        assertEquals("unknown_plan", refusal(() -> f.portal.userAdministration().add(admin(), new NewUser(
                new EmailAddress("lou@one.test"), Profile.of("Lou", "Late", Language.EN), Role.STANDARD,
                Optional.empty(), Optional.of("gold")))));
        assertTrue(f.portal.stores().imports().holders(CoreFixture.ACCOUNT, List.of(new EmailAddress(
                "lou@one.test"))).isEmpty(), "nobody was created");
        assertPoolConsistent();
    }

    /** SPEC U3: deleting a user gives their licence back to the pool, in the same write. */
    @Test
    void deletingAUser_givesTheirLicenceBack() {
        buy("eco", 1);
        User pat = user("pat");
        f.portal.licenseAdministration().assign(admin(), pat.id(), "eco");
        f.portal.userLifecycle().delete(admin(), pat.id());
        assertEquals(new Seats(1, 1), seats("eco"));
        assertTrue(f.portal.licenseAdministration().list(admin()).held().isEmpty());
        assertPoolConsistent();
    }

    /**
     * SPEC A2 (built later on this): one write opens an account with its first order, its pool and its first
     * administrator holding one of its licences.
     */
    @Test
    void anAccount_opensWithItsFirstOrder_andItsAdministratorLicensed() {
        Plans plans = f.portal.config().licenses().plans();
        Instant at = f.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Order order = new Order("first-order", "account-3", at, Order.Kind.PURCHASE, OrderStatus.AWAITING_PAYMENT,
                List.of(new OrderLine("advanced", 3, plans.require("advanced").monthlyPrice(),
                        plans.require("advanced").monthlyPrice().times(3))), BillingPeriod.first(at), "boss", "invoice",
                Optional.empty());
        HeldLicense held = new HeldLicense("first-license", "advanced", at);
        User boss = new User("boss", "account-3", new EmailAddress("boss@three.test"), Profile.of("B", "Three",
                Language.EN), Role.ADMINISTRATOR, true, Security.NONE).withLicense(Optional.of(held));
        Account account = new Account("account-3", "Three", at, true, Billing.opened(order, Optional.of(held)));
        assertTrue(f.portal.stores().accounts().open(new Opening(account,
                boss, Optional.of(order), Appendix.none(boss.chain()))));
        assertTrue(!f.portal.stores().accounts().open(new Opening(account,
                boss, Optional.of(order), Appendix.none(boss.chain()))),
                "once");
        var member = f.users.member(boss.key()).orElseThrow();
        assertEquals(new Seats(3, 2), member.account().billing().seats("advanced"));
        assertEquals(Optional.of(at), member.account().billing().anchor());
        assertEquals(Optional.of(held), member.user().license());
        assertEquals(List.of(new Holding(held, "boss", boss.email())), f.portal.stores().licenses()
                .held("account-3"));
        assertEquals(List.of(order), f.portal.stores().orders().page("account-3", Optional.empty(), 10).orders());
    }

    /** Every held licence is on its holder, each holder holds one, and the counts add up. */
    void assertPoolConsistent() {
        Billing billing = admin().account().billing();
        List<Holding> held = f.portal.licenseAdministration().list(admin()).held();
        for (String plan : List.of("eco", "advanced", "pro")) {
            assertEquals(billing.seats(plan).assigned(), held.stream().filter(h -> h.license().plan().equals(plan))
                    .count(), plan + ": held licences and the pool's count agree");
        }
        assertEquals(held.size(), held.stream().map(h -> h.license().id()).distinct().count());
        assertEquals(held.size(), held.stream().map(Holding::userId).distinct().count(), "nobody holds two");
        for (Holding h : held) {
            User holder = f.users.find(new UserKey(CoreFixture.ACCOUNT,
                    h.userId())).orElseThrow();
            assertEquals(Optional.of(h.license()), holder.license(), "the holder says so too");
        }
    }

    @Test
    void afterEveryKindOfOperation_thePoolIsConsistent() {
        buy("eco", 3);
        buy("advanced", 1);
        User pat = user("pat");
        User sam = user("sam");
        var licenses = f.portal.licenseAdministration();
        licenses.assign(admin(), pat.id(), "eco");
        licenses.assign(admin(), sam.id(), "advanced");
        licenses.assign(admin(), sam.id(), "eco");
        licenses.transfer(admin(), sam.id(), admin().user().id());
        Quote quote = f.portal.upgrades().quote(admin(), pat.id(), "pro");
        f.portal.upgrades().pay(admin(), pat.id(), quote.id());
        f.portal.purchasing().removeFromAccount(admin(), "advanced", 1);
        assertPoolConsistent();
        assertEquals(new Seats(2, 1), seats("eco"));
        assertEquals(new Seats(1, 0), seats("pro"));
        assertEquals(new Seats(0, 0), seats("advanced"));
    }
}
