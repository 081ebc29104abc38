package com.secureexchanges.portal.core.userimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.audit.StoredEvent;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.PayloadTooLarge;
import com.secureexchanges.portal.core.license.OrderRequest;
import com.secureexchanges.portal.core.license.Seats;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.NewUser;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserEdit;
import com.secureexchanges.portal.core.user.UserQuery;
import com.secureexchanges.portal.core.userimport.ImportReport.Status;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.InMemoryStores;
import com.secureexchanges.portal.wiring.Stores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * SPEC U2: the CSV import's rows, checked with the rules of "Add a user", written each on its own.
 * A subclass runs the same tests on DynamoDB Local, where the writes are batched transactions.
 */
class UserImportTest {

    /** Runs once, between the import's reads and its writes: another request's change at that moment. */
    private Runnable meanwhile = () -> { };
    final CoreFixture f;
    final Caller admin;
    final String session;

    Stores stores() {
        return new InMemoryStores().stores();
    }

    UserImportTest() {
        Stores stores = stores();
        ImportDirectory real = stores.imports();
        ImportDirectory interfered = new ImportDirectory() {
            @Override
            public Map<EmailAddress, Holder> holders(String accountId, Collection<EmailAddress> addresses) {
                return real.holders(accountId, addresses);
            }

            @Override
            public List<Written> createAll(List<Creation> creations) {
                Runnable once = meanwhile;
                meanwhile = () -> { };
                once.run();
                return real.createAll(creations);
            }
        };
        f = new CoreFixture(new Stores(stores.login(), stores.sessions(), stores.challenges(), stores.completion(),
                stores.users(), stores.accounts(), stores.events(), stores.limiter(), stores.domains(), interfered,
                stores.licenses(), stores.orders(), stores.quotes(), stores.signups(), stores.deliveries(),
                stores.deliveryFeed()),
                LoginPolicy.DEFAULT, () -> 0);
        f.portal.stores().domains().approve(CoreFixture.ACCOUNT, "one.test", f.clock.instant());
        session = f.signIn("admin@account-1.test");
        admin = f.caller(session);
    }

    /** A row as a file has it: values in header order, separated by commas (no quoting needed here). */
    static ImportRow row(int number, String line) {
        String[] cells = line.split(",", -1);
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < cells.length; i++) {
            values.put(ImportColumn.values()[i], cells[i]);
        }
        return new ImportRow(number, values, false);
    }

    static List<ImportRow> rows(String... lines) {
        return IntStream.range(0, lines.length).mapToObj(i -> row(i + 1, lines[i])).toList();
    }

    private ImportReport run(Caller caller, List<ImportRow> rows, boolean dryRun) {
        return f.portal.userImport().run(caller, rows, dryRun);
    }

    /** Each row as "status code@column code@column…", for compact assertions. */
    private static List<String> verdicts(ImportReport report) {
        return report.rows().stream().map(r -> (r.status().id() + " " + r.problems().stream()
                .map(p -> p.error().id() + p.column().map(c -> "@" + c.id()).orElse(""))
                .collect(Collectors.joining(" "))).strip()).toList();
    }

    private List<String> accountAddresses() {
        return f.users.page(CoreFixture.ACCOUNT, new UserQuery(Optional.empty(), UserQuery.Sort.EMAIL,
                Optional.empty(), 200)).users().stream().map(u -> u.email().value()).toList();
    }

    private User byAddress(String address) {
        return f.users.page(CoreFixture.ACCOUNT, new UserQuery(Optional.of(address), UserQuery.Sort.EMAIL,
                Optional.empty(), 10)).users().getFirst();
    }

    private void otherAccountHas(String address) {
        f.portal.stores().accounts().create(new Account("account-2", "Two", f.clock.instant(), true),
                new User("two-admin", "account-2", new EmailAddress(address), Profile.of("B", "Two", Language.EN),
                        Role.ADMINISTRATOR, true, Security.NONE));
    }

    private static final List<String> MIXED = List.of(
            "new@one.test,New,Person,,fr,Europe/Paris,standard,",
            "Public@Gmail.com,Gee,Mail,+1 514 555 0123,,,,",
            "not-an-address,A,B,,,,,",
            "blank@one.test,,Person,12,de,Mars/Base,owner,",
            "new@one.test,Again,Twice,,,,,",
            "x@elsewhere.test,Else,Where,,,,,",
            "boss@gmail.com,Big,Boss,,,,,",
            "pat@one.test,Pat,Person,,fr,America/Toronto,standard,",
            "sam@one.test,Samuel,Same,,en,,administrator,",
            "plan@one.test,Plan,Ned,,,,,business");

    private void existingUsers() {
        otherAccountHas("boss@gmail.com");
        f.portal.userAdministration().add(admin, new NewUser(new EmailAddress("pat@one.test"),
                Profile.of("Pat", "Person", Language.FR), Role.STANDARD, Optional.empty()));
        f.portal.userAdministration().add(admin, new NewUser(new EmailAddress("sam@one.test"),
                Profile.of("Sam", "Same", Language.EN), Role.STANDARD, Optional.empty()));
    }

    @Test
    void aDryRun_givesAVerdictPerRow_andChangesAndRecordsNothing() {
        existingUsers();
        List<String> before = accountAddresses();
        int mails = f.mail.sent().size();
        int adminEvents = f.eventsOf(admin.user()).size();

        ImportReport report = run(admin, rows(MIXED.toArray(String[]::new)), true);

        assertEquals(List.of(
                "create",
                "create",
                "error invalid_email@email",
                "error missing_field@first_name invalid_mobile@mobile invalid_language@language "
                        + "invalid_time_zone@time_zone invalid_role@role",
                "error duplicate_email@email",
                "error domain_not_approved@email",
                "error email_taken@email",
                "unchanged",
                "error user_differs@first_name user_differs@role",
                "error unknown_plan@plan"), verdicts(report));
        assertTrue(report.dryRun());
        assertEquals("public@gmail.com", report.rows().get(1).email(), "addresses as they will be stored");
        var duplicate = report.rows().get(4).problems().getFirst();
        assertEquals("This address is already on row 1 of the file.", duplicate.error().text(Language.EN,
                duplicate.arguments()));
        var differs = report.rows().get(8).problems();
        assertEquals("Sam", differs.get(0).arguments().get("value"), "says what the user has");
        assertEquals("standard", differs.get(1).arguments().get("value"));
        assertEquals(new ImportReport.Summary(2, 1, 7, 0, 0), report.summary());

        assertEquals(before, accountAddresses(), "a dry run creates nobody");
        assertEquals(mails, f.mail.sent().size(), "and sends nothing");
        assertEquals(adminEvents, f.eventsOf(admin.user()).size(), "and records nothing");
    }

    @Test
    void anImport_createsTheNewUsers_withTheirEvents_andWelcomesThem() {
        existingUsers();
        int mails = f.mail.sent().size();

        ImportReport report = run(admin, rows(MIXED.toArray(String[]::new)), false);

        assertEquals(new ImportReport.Summary(2, 1, 7, 0, 0), report.summary());
        User created = byAddress("new@one.test");
        assertEquals("Europe/Paris", created.profile().timeZone());
        assertEquals(Language.FR, created.profile().language());
        assertEquals("fr-CA", created.profile().dateCulture(), "the date format follows the language");
        User gmail = byAddress("public@gmail.com");
        assertEquals(Language.EN, gmail.profile().language(), "blank columns take the administrator's own");
        assertEquals("America/Toronto", gmail.profile().timeZone());
        assertEquals(Role.STANDARD, gmail.role());
        assertEquals("+15145550123", gmail.security().mobile().orElseThrow().value());
        assertTrue(!gmail.security().verified(), "a number is proven before any code goes to it");

        StoredEvent imported = f.eventsOf(created).getFirst();
        assertEquals("user.imported", imported.event().type().id());
        assertEquals(admin.user().id(), imported.event().actor());
        assertEquals(Map.of("email", "new@one.test", "firstName", "New", "lastName", "Person", "role", "standard",
                "language", "fr", "timeZone", "Europe/Paris", "row", "1"), imported.event().details());
        assertEquals("+1••••••0123", f.eventsOf(gmail).getFirst().event().details().get("mobile"));

        StoredEvent summary = f.eventsOf(admin.user()).getLast();
        assertEquals("users.imported", summary.event().type().id());
        assertEquals(Map.of("fileRows", "10", "created", "2", "unchanged", "1", "errors", "7"),
                summary.event().details());

        var welcomes = f.mail.sent().subList(mails, f.mail.sent().size());
        assertEquals(List.of("new@one.test", "public@gmail.com"), welcomes.stream().map(m -> m.to().value()).toList());
        assertEquals("Vous avez été ajouté à Secure Exchanges", welcomes.getFirst().subject());
        assertTrue(!accountAddresses().contains("plan@one.test") && !accountAddresses().contains("x@elsewhere.test"));
    }

    @Test
    void theSameFileTwice_createsNothingTheSecondTime() {
        List<ImportRow> file = rows("a@one.test,Ann,One,,,,,", "b@one.test,Bob,Two,+15145550188,fr,UTC,standard,",
                "c@gmail.com,Cy,Three,,,,administrator,");
        assertEquals(new ImportReport.Summary(3, 0, 0, 0, 0), run(admin, file, false).summary());
        int mails = f.mail.sent().size();
        List<String> addresses = accountAddresses();

        ImportReport again = run(admin, file, false);

        assertEquals(List.of("unchanged", "unchanged", "unchanged"), verdicts(again));
        assertEquals(addresses, accountAddresses());
        assertEquals(mails, f.mail.sent().size(), "no second welcome");
        assertEquals("0", f.eventsOf(admin.user()).getLast().event().details().get("created"));
    }

    /** A stolen session (older than 10 minutes) cannot import administrators; it can still import others. */
    @Test
    void administrators_needARecentLogin_andTheirCountStaysExact() {
        List<ImportRow> file = rows("boss2@one.test,Second,Boss,,,,administrator,", "std@one.test,Stan,Dard,,,,,");
        f.clock.advance(Duration.ofMinutes(11));
        assertEquals(List.of("error reauthentication_required@role", "create"), verdicts(run(admin, file, true)));
        assertEquals(List.of("error reauthentication_required@role", "create"), verdicts(run(admin, file, false)));
        assertTrue(!accountAddresses().contains("boss2@one.test"));

        Caller fresh = f.caller(f.signIn("admin@account-1.test"));
        int mails = f.mail.sent().size();
        assertEquals(List.of("create", "unchanged"), verdicts(run(fresh, file, false)));
        User second = byAddress("boss2@one.test");
        assertEquals(Role.ADMINISTRATOR, second.role());
        assertEquals(List.of("boss2@one.test", "boss2@one.test"), f.mail.sent().subList(mails, f.mail.sent().size())
                .stream().map(m -> m.to().value()).toList(), "welcome, then the security notice");
        assertEquals("1", f.eventsOf(admin.user()).getLast().event().details().get("administrators"));

        UserEdit demote = new UserEdit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Role.STANDARD));
        f.portal.userAdministration().edit(fresh, admin.user().id(), demote);
        assertEquals("last_administrator", assertThrows(Conflict.class,
                () -> f.portal.userAdministration().edit(fresh, second.id(), demote)).id(),
                "two administrators counted, one left: the imported one");
    }

    @Test
    void anAddressClaimedDuringTheImport_failsOnlyItsOwnRow() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add("u" + i + "@gmail.com,User,N" + i + ",,,,,");
        }
        meanwhile = () -> otherAccountHas("u5@gmail.com");

        ImportReport report = run(admin, rows(lines.toArray(String[]::new)), false);

        assertEquals("error email_taken@email", verdicts(report).get(5));
        assertEquals(new ImportReport.Summary(39, 0, 1, 0, 0), report.summary());
        List<String> addresses = accountAddresses();
        assertEquals(40, addresses.size(), "the administrator and 39 of 40");
        assertTrue(!addresses.contains("u5@gmail.com"), "nothing of the refused row");
        assertTrue(addresses.contains("u4@gmail.com") && addresses.contains("u39@gmail.com"));
    }

    /** The administrator as a new request resolves them: the pool as it is now. */
    private Caller fresh() {
        return f.caller(session);
    }

    /**
     * SPEC U2, A5: a row with a plan takes one of its free licences, in the order of the file; the dry run shows
     * the real pool, rows past the free licences are refused, and what the pool lacks at the write (licences
     * taken meanwhile) refuses only the rows it concerns.
     */
    @Test
    void rowsWithAPlan_takeItsFreeLicences_inTheOrderOfTheFile() {
        f.portal.purchasing().order(fresh(), List.of(new OrderRequest("eco", 3)));
        f.portal.userAdministration().add(admin, new NewUser(new EmailAddress("held@one.test"),
                Profile.of("Held", "Eco", Language.EN), Role.STANDARD, Optional.empty(), Optional.of("eco")));
        List<ImportRow> file = rows("e1@one.test,E,One,,,,,eco", "e2@one.test,E,Two,,,,, ECO ",
                "e3@one.test,E,Three,,,,,eco", "p1@one.test,P,One,,,,,pro", "none@one.test,No,Plan,,,,,",
                "held@one.test,Held,Eco,,,,,eco", "held@one.test,Held,Eco,,,,,pro");
        Caller now = fresh();
        ImportReport dry = run(now, file, true);
        assertEquals(List.of("create", "create", "error no_license_available@plan", "error no_license_available@plan",
                "create", "unchanged", "error duplicate_email@email"), verdicts(dry));
        assertEquals(new ImportReport.Summary(3, 1, 3, 4, 2), dry.summary(), "4 asked, 2 of eco and pro free");
        int mails = f.mail.sent().size();
        meanwhile = () -> f.portal.licenseAdministration().assign(fresh(), f.addUser("fast@one.test").id(), "eco");

        ImportReport report = run(now, file, false);

        assertEquals(List.of("create", "error no_license_available@plan", "error no_license_available@plan",
                "error no_license_available@plan", "create", "unchanged", "error duplicate_email@email"),
                verdicts(report), "the licence taken meanwhile refuses the second eco row only");
        User e1 = byAddress("e1@one.test");
        assertEquals("eco", e1.license().orElseThrow().plan());
        assertEquals(Optional.empty(), byAddress("none@one.test").license());
        assertEquals(List.of("user.imported", "license.assigned"), f.eventTypesOf(e1));
        assertEquals(new Seats(3, 0), fresh().account().billing().seats("eco"));
        var sent = f.mail.sent().subList(mails, f.mail.sent().size()).stream()
                .map(m -> m.to().value() + " " + m.subject()).toList();
        assertEquals(List.of("fast@one.test Your Secure Exchanges license: Eco",
                "e1@one.test You were added to Secure Exchanges",
                "e1@one.test Your Secure Exchanges license: Eco",
                "none@one.test You were added to Secure Exchanges"), sent);
        assertEquals(List.of("error user_differs@plan"), verdicts(run(fresh(), rows("held@one.test,Held,Eco,,,,,pro"),
                true)));
    }

    @Test
    void onlyAdministratorsImport_andAFileIsBounded() {
        f.addUser("std@one.test");
        Caller standard = f.caller(f.signIn("std@one.test"));
        assertEquals("forbidden", assertThrows(Forbidden.class,
                () -> run(standard, rows("a@one.test,A,B,,,,,"), true)).id());
        assertEquals("import_empty", assertThrows(InvalidInput.class, () -> run(admin, List.of(), true)).id());
        ImportRow[] many = new ImportRow[UserImport.MAX_ROWS + 1];
        Arrays.setAll(many, i -> row(i + 1, "a" + i + "@one.test,A,B,,,,,"));
        assertEquals("import_too_large", assertThrows(PayloadTooLarge.class,
                () -> run(admin, List.of(many), true)).id());
    }
}
