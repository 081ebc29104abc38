package com.secureexchanges.portal.core.userimport;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.PayloadTooLarge;
import com.secureexchanges.portal.core.license.NewLicenses;
import com.secureexchanges.portal.core.user.AdminNotices;
import com.secureexchanges.portal.core.user.NewUsers;
import com.secureexchanges.portal.core.user.SensitiveChanges;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.userimport.ImportCheck.Checked;
import com.secureexchanges.portal.core.userimport.ImportDirectory.Creation;
import com.secureexchanges.portal.core.userimport.ImportDirectory.Written;
import com.secureexchanges.portal.core.userimport.ImportReport.Problem;
import com.secureexchanges.portal.core.userimport.ImportReport.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Import users from a file (SPEC U2): every row is checked with the rules of "Add a user"; a dry run
 * only reports; an import creates the new users, many per write but each on its own (a row that
 * cannot be written never stops another), records a {@code user.imported} event in each new user's
 * log and one {@code users.imported} event in the administrator's, then sends the welcome emails.
 * An address already in the account with the same values is left alone, so importing a file twice
 * creates nothing the second time. Creating administrators needs a recent login, as for "Add a user".
 */
public final class UserImport {

    /** The most data rows one file may hold. */
    public static final int MAX_ROWS = 1_000;
    /** The largest file, in bytes. */
    public static final int MAX_BYTES = 1_048_576;

    private final ImportDirectory directory;
    private final NewUsers newUsers;
    private final Journal journal;
    private final SensitiveChanges sensitive;
    private final AdminNotices notices;
    private final NewLicenses licenses;

    public UserImport(ImportDirectory directory, NewUsers newUsers, Journal journal, SensitiveChanges sensitive,
                      AdminNotices notices, NewLicenses licenses) {
        this.directory = directory;
        this.newUsers = newUsers;
        this.journal = journal;
        this.sensitive = sensitive;
        this.notices = notices;
        this.licenses = licenses;
    }

    /**
     * Checks the rows and, unless {@code dryRun}, imports them. A dry run writes and records nothing.
     *
     * @throws InvalidInput     {@code import_empty} without rows
     * @throws PayloadTooLarge  {@code import_too_large} beyond {@link #MAX_ROWS} rows
     */
    public ImportReport run(Caller admin, List<ImportRow> rows, boolean dryRun) {
        admin.requireAdministrator();
        if (rows.isEmpty()) {
            throw new InvalidInput(ErrorId.IMPORT_EMPTY);
        }
        if (rows.size() > MAX_ROWS) {
            throw new PayloadTooLarge(ErrorId.IMPORT_TOO_LARGE);
        }
        List<Checked> checked = ImportCheck.check(admin, rows, newUsers.domainRule(admin.account().id()), directory,
                sensitive.recent(admin), licenses.plans());
        long free = seatsAvailable(admin, checked);
        if (dryRun) {
            return report(true, checked, Map.of(), free);
        }
        Map<Integer, Outcome> written = write(admin, checked);
        ImportReport report = report(false, checked, written, free);
        record(admin, report, written);
        List<User> created = written.values().stream().flatMap(o -> o.user().stream()).toList();
        notices.tellImported(admin, created.stream().filter(User::administrator).toList());
        return report;
    }

    /** What became of a row that was to be created: the user as stored, or why not. */
    private record Outcome(Optional<User> user, Optional<Problem> problem) {
    }

    private Map<Integer, Outcome> write(Caller admin, List<Checked> checked) {
        List<Creation> creations = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Checked c : checked) {
            c.create().ifPresent(input -> {
                User created = newUsers.user(admin.account().id(), input);
                User user = input.plan().map(p -> licenses.holding(created, licenses.plan(p))).orElse(created);
                List<Event> events = new ArrayList<>(List.of(admin.event(EventType.USER_IMPORTED, user)
                        .with(NewUsers.values(user)).with("row", Integer.toString(c.row().number()))));
                input.plan().ifPresent(p -> events.add(licenses.assigned(admin, user)));
                Appendix appendix = journal.prepare(user.chain(), ChainHead.GENESIS, events)
                        .sending(newUsers.welcome(user, admin.account().name(), licenses.assignedEmail(user)));
                creations.add(new Creation(user, appendix));
                rows.add(c.row().number());
            });
        }
        Map<Integer, Outcome> out = new HashMap<>();
        if (creations.isEmpty()) {
            return out;
        }
        List<Written> results = directory.createAll(creations);
        for (int i = 0; i < creations.size(); i++) {
            Creation creation = creations.get(i);
            out.put(rows.get(i), switch (results.get(i)) {
                case CREATED -> new Outcome(Optional.of(creation.user().withJournal(creation.journal().next())),
                        Optional.empty());
                case TAKEN -> new Outcome(Optional.empty(), Optional.of(Problem.of(ImportColumn.EMAIL,
                        ErrorId.EMAIL_TAKEN)));
                case BUSY -> new Outcome(Optional.empty(), Optional.of(new Problem(Optional.empty(),
                        ErrorId.CONCURRENT_CHANGE, Map.of())));
                case NO_LICENSE -> new Outcome(Optional.empty(), Optional.of(Problem.of(ImportColumn.PLAN,
                        ErrorId.NO_LICENSE_AVAILABLE)));
            });
        }
        return out;
    }

    /** The free licences of the plans the file's rows ask for (none when no row asks for one). */
    private static long seatsAvailable(Caller admin, List<Checked> checked) {
        return checked.stream().flatMap(c -> c.plan().stream()).distinct()
                .mapToLong(plan -> admin.account().billing().seats(plan).free()).sum();
    }

    private static ImportReport report(boolean dryRun, List<Checked> checked, Map<Integer, Outcome> written,
                                       long seatsAvailable) {
        List<ImportReport.Row> rows = new ArrayList<>();
        int create = 0;
        int unchanged = 0;
        int seats = 0;
        for (Checked c : checked) {
            Optional<Problem> failed = Optional.ofNullable(written.get(c.row().number())).flatMap(Outcome::problem);
            Status status;
            List<Problem> problems = c.problems();
            if (failed.isPresent()) {
                status = Status.ERROR;
                problems = List.of(failed.get());
            } else if (c.create().isPresent()) {
                status = Status.CREATE;
                create++;
            } else {
                status = c.unchanged() ? Status.UNCHANGED : Status.ERROR;
                unchanged += c.unchanged() ? 1 : 0;
            }
            seats += c.seatNeeded() ? 1 : 0;
            rows.add(new ImportReport.Row(c.row().number(), c.email(), status, problems));
        }
        return new ImportReport(dryRun, rows, new ImportReport.Summary(create, unchanged,
                checked.size() - create - unchanged, seats, (int) seatsAvailable));
    }

    /** The import itself, in the administrator's own log: how many rows, and what became of them. */
    private void record(Caller admin, ImportReport report, Map<Integer, Outcome> written) {
        ImportReport.Summary s = report.summary();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fileRows", Integer.toString(report.rows().size()));
        details.put("created", Integer.toString(s.create()));
        details.put("unchanged", Integer.toString(s.unchanged()));
        details.put("errors", Integer.toString(s.error()));
        long administrators = written.values().stream().flatMap(o -> o.user().stream())
                .filter(User::administrator).count();
        if (administrators > 0) {
            details.put("administrators", Long.toString(administrators));
        }
        try {
            journal.recordAlone(admin.user().chain(), admin.user().journal(),
                    List.of(admin.event(EventType.USERS_IMPORTED).with(details)));
        } catch (Conflict chainKeptMoving) {
            // The users are created, each with its own event; the summary is not worth failing the import.
        }
    }
}
