package com.secureexchanges.portal.core.userimport;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.license.HeldLicense;
import com.secureexchanges.portal.core.license.Plan;
import com.secureexchanges.portal.core.license.Plans;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.user.NewUser;
import com.secureexchanges.portal.core.user.NewUserForm;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.userimport.ImportDirectory.Holder;
import com.secureexchanges.portal.core.userimport.ImportReport.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides what each row of an import would do, without writing anything: the rules of "Add a user"
 * ({@link NewUserForm}, the domain rule), then the file itself (an address twice), then the directory
 * (an address already used, here or elsewhere), then the pool: a new user with a plan takes one of its free
 * licences, in the order of the file, and rows past the free ones are refused. Addresses at a domain the
 * account may not use are never looked up, so an import tells no more about other accounts than "Add a
 * user" does.
 */
final class ImportCheck {

    /** The most characters of an invalid address echoed back in the report. */
    private static final int SHOWN = 100;

    /**
     * A row once checked.
     *
     * @param create     the user to create, when the row has no problem and its address is new (with the plan
     *                   of the free licence it takes, if it names one)
     * @param seatNeeded whether it asks for a plan and would otherwise be created
     * @param plan       the plan the row asks for, when the catalogue has it
     */
    record Checked(ImportRow row, String email, List<Problem> problems, Optional<NewUser> create, boolean seatNeeded,
                   Optional<String> plan) {

        boolean unchanged() {
            return problems.isEmpty() && create.isEmpty();
        }
    }

    /** A row on its way through the checks. */
    private static final class Draft {
        final ImportRow row;
        final NewUserForm form;
        final List<Problem> problems = new ArrayList<>();
        Optional<EmailAddress> email = Optional.empty();
        Optional<Holder> holder = Optional.empty();
        Optional<Plan> plan = Optional.empty();

        Draft(ImportRow row, NewUserForm form) {
            this.row = row;
            this.form = form;
        }
    }

    private ImportCheck() {
    }

    /**
     * @param domainRule   whether the account may add users at a domain
     * @param recentLogin  whether the administrator may create administrators now (SensitiveChanges)
     * @param plans        the catalogue the {@code plan} column names plans of
     */
    static List<Checked> check(Caller admin, List<ImportRow> rows, Predicate<String> domainRule,
                               ImportDirectory directory, boolean recentLogin, Plans plans) {
        List<Draft> drafts = rows.stream().map(row -> fields(admin, row, plans)).toList();
        Map<EmailAddress, Integer> firstRow = new HashMap<>();
        Map<EmailAddress, Draft> lookUp = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.email.isEmpty()) {
                continue;
            }
            EmailAddress email = d.email.get();
            Integer first = firstRow.putIfAbsent(email, d.row.number());
            if (first != null) {
                d.problems.add(Problem.of(ImportColumn.EMAIL, ErrorId.DUPLICATE_EMAIL, "row", first.toString()));
            } else if (!domainRule.test(email.domain())) {
                d.problems.add(Problem.of(ImportColumn.EMAIL, ErrorId.DOMAIN_NOT_APPROVED));
            } else {
                lookUp.put(email, d);
            }
        }
        if (!lookUp.isEmpty()) {
            directory.holders(admin.account().id(), lookUp.keySet())
                    .forEach((email, holder) -> held(lookUp.get(email), holder));
        }
        Map<String, Long> free = new HashMap<>();
        admin.account().billing().seats().forEach((plan, seats) -> free.put(plan, seats.free()));
        return drafts.stream().map(d -> decide(d, recentLogin, free)).toList();
    }

    /** The rules of "Add a user", column by column; blank optional columns take the administrator's own. */
    private static Draft fields(Caller admin, ImportRow row, Plans plans) {
        Profile own = admin.user().profile();
        NewUserForm form = new NewUserForm(row.value(ImportColumn.EMAIL), row.value(ImportColumn.FIRST_NAME),
                row.value(ImportColumn.LAST_NAME), row.value(ImportColumn.MOBILE),
                or(row, ImportColumn.LANGUAGE, own.language().code()), or(row, ImportColumn.TIME_ZONE, own.timeZone()),
                or(row, ImportColumn.ROLE, Role.STANDARD.id()), "");
        Draft d = new Draft(row, form);
        for (NewUserForm.Problem p : form.problems()) {
            d.problems.add(Problem.of(ImportColumn.of(p.field()), p.error()));
        }
        if (d.problems.stream().noneMatch(p -> p.column().equals(Optional.of(ImportColumn.EMAIL)))) {
            d.email = Optional.of(EmailAddress.parse(form.email()));
        }
        if (row.given(ImportColumn.PLAN)) {
            d.plan = plans.find(row.value(ImportColumn.PLAN).strip().toLowerCase(Locale.ROOT));
            if (d.plan.isEmpty()) {
                d.problems.add(Problem.of(ImportColumn.PLAN, ErrorId.UNKNOWN_PLAN));
            }
        }
        if (row.extraColumns()) {
            d.problems.add(new Problem(Optional.empty(), ErrorId.TOO_MANY_COLUMNS, Map.of()));
        }
        return d;
    }

    private static String or(ImportRow row, ImportColumn column, String otherwise) {
        return row.given(column) ? row.value(column) : otherwise;
    }

    private static void held(Draft d, Holder holder) {
        d.holder = Optional.of(holder);
        if (holder.inAccount().isEmpty()) {
            d.problems.add(Problem.of(ImportColumn.EMAIL, ErrorId.EMAIL_TAKEN));
            return;
        }
        User user = holder.inAccount().get();
        Map<ImportColumn, String> stored = new LinkedHashMap<>();
        stored.put(ImportColumn.FIRST_NAME, user.profile().firstName());
        stored.put(ImportColumn.LAST_NAME, user.profile().lastName());
        stored.put(ImportColumn.MOBILE, user.security().mobile().map(PhoneNumber::value).orElse(""));
        stored.put(ImportColumn.LANGUAGE, user.profile().language().code());
        stored.put(ImportColumn.TIME_ZONE, user.profile().timeZone());
        stored.put(ImportColumn.ROLE, user.role().id());
        stored.put(ImportColumn.PLAN, user.license().map(HeldLicense::plan).orElse(""));
        stored.forEach((column, value) -> {
            boolean valid = d.problems.stream().noneMatch(p -> p.column().equals(Optional.of(column)));
            if (d.row.given(column) && valid && !value.equals(normalised(column, d.row.value(column)))) {
                d.problems.add(Problem.of(column, ErrorId.USER_DIFFERS, "value", value.isEmpty() ? "—" : value));
            }
        });
    }

    /** A valid value as the directory stores it. */
    private static String normalised(ImportColumn column, String value) {
        return switch (column) {
            case MOBILE -> PhoneNumber.parse(value).value();
            case LANGUAGE, ROLE, PLAN -> value.strip().toLowerCase(Locale.ROOT);
            default -> value;
        };
    }

    /** The row's verdict; a new user with a plan takes one of {@code free} (per plan, left in the file's order). */
    private static Checked decide(Draft d, boolean recentLogin, Map<String, Long> free) {
        boolean isNew = d.holder.isEmpty();
        if (isNew && !recentLogin && administrator(d.form)) {
            d.problems.add(Problem.of(ImportColumn.ROLE, ErrorId.REAUTHENTICATION_REQUIRED));
        }
        boolean seatNeeded = isNew && d.problems.isEmpty() && d.plan.isPresent();
        if (seatNeeded) {
            String plan = d.plan.get().id();
            if (free.getOrDefault(plan, 0L) > 0) {
                free.merge(plan, -1L, Long::sum);
            } else {
                d.problems.add(Problem.of(ImportColumn.PLAN, ErrorId.NO_LICENSE_AVAILABLE));
            }
        }
        Optional<NewUser> create = isNew && d.problems.isEmpty()
                ? Optional.of(d.form.toNewUser().withPlan(d.plan.map(Plan::id))) : Optional.empty();
        String email = d.email.map(EmailAddress::value).orElse(shorten(d.row.value(ImportColumn.EMAIL)));
        return new Checked(d.row, email, d.problems, create, seatNeeded, d.plan.map(Plan::id));
    }

    private static boolean administrator(NewUserForm form) {
        try {
            return Role.fromId(form.role()) == Role.ADMINISTRATOR;
        } catch (InvalidInput notARole) {
            return false;
        }
    }

    private static String shorten(String raw) {
        return raw.length() > SHOWN ? raw.substring(0, SHOWN) + "…" : raw;
    }
}
