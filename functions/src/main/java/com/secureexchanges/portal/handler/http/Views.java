package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.audit.EventChain;
import com.secureexchanges.portal.core.audit.EventPage;
import com.secureexchanges.portal.core.audit.StoredEvent;
import com.secureexchanges.portal.core.audit.Verification;
import com.secureexchanges.portal.core.license.HeldLicense;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserPage;
import com.secureexchanges.portal.core.userimport.ImportColumn;
import com.secureexchanges.portal.core.userimport.ImportReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of SPEC R, built from domain values (never the other way round). */
public final class Views {

    private Views() {
    }

    /**
     * {@code GET /api/me}: the signed-in user's profile, licence (its plan, and when it renews: the end of the
     * account's billing period running at {@code now}) and second factor.
     */
    public static Map<String, Object> me(User user, Account account, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        body.put("email", user.email().value());
        body.put("firstName", user.profile().firstName());
        body.put("lastName", user.profile().lastName());
        body.put("language", user.profile().language().code());
        body.put("timeZone", user.profile().timeZone());
        body.put("dateCulture", user.profile().dateCulture());
        body.put("role", user.role().id());
        body.put("licenseType", user.license().map(HeldLicense::plan).orElse(null));
        body.put("licenseRenewsAt", user.license().map(l -> account.billing().periodOf(l, now).end().toString())
                .orElse(null));
        body.put("mobile", user.security().mobile().map(PhoneNumber::value).orElse(null));
        body.put("mobileVerified", user.security().verified());
        body.put("twoFactorEnabled", user.security().twoFactor());
        body.put("twoFactorRequired", user.security().required());
        return body;
    }

    /** A user as an administrator sees them in the list (SPEC R). */
    public static Map<String, Object> userRow(User user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        body.put("email", user.email().value());
        body.put("firstName", user.profile().firstName());
        body.put("lastName", user.profile().lastName());
        body.put("role", user.role().id());
        body.put("status", user.active() ? "active" : "suspended");
        body.put("plan", user.license().map(HeldLicense::plan).orElse(null));
        body.put("twoFactorEnabled", user.security().twoFactor());
        body.put("twoFactorRequired", user.security().required());
        return body;
    }

    /** One user, for an administrator: the row and the rest of the profile. */
    public static Map<String, Object> user(User user) {
        Map<String, Object> body = userRow(user);
        body.put("language", user.profile().language().code());
        body.put("timeZone", user.profile().timeZone());
        body.put("dateCulture", user.profile().dateCulture());
        body.put("mobile", user.security().mobile().map(PhoneNumber::value).orElse(null));
        body.put("mobileVerified", user.security().verified());
        return body;
    }

    /** {@code GET /api/users}: a page of users and the cursor of the next one. */
    public static Map<String, Object> users(UserPage page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("users", page.users().stream().map(Views::userRow).toList());
        body.put("cursor", page.cursor().orElse(null));
        return body;
    }

    /** {@code GET /api/account}. */
    public static Map<String, Object> account(Account account) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", account.id());
        body.put("name", account.name());
        body.put("createdAt", account.createdAt().equals(Instant.EPOCH) ? null : account.createdAt().toString());
        return body;
    }

    /** A page of events: {@code {"events": [...], "cursor": null|"..."}}. */
    public static Map<String, Object> events(EventPage page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", page.events().stream().map(Views::event).toList());
        body.put("cursor", page.cursor().orElse(null));
        return body;
    }

    static Map<String, Object> event(StoredEvent e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", e.seq());
        out.put("type", e.event().type().id());
        out.put("at", EventChain.TIME.format(e.at()));
        out.put("actor", e.event().actor());
        out.put("subject", e.event().subject());
        out.put("outcome", e.event().outcome().id());
        out.put("reason", e.event().reason().orElse(null));
        out.put("ip", e.event().ip());
        out.put("browser", e.event().browser());
        out.put("requestId", e.event().requestId());
        out.put("details", e.event().details());
        return out;
    }

    /** {@code GET /api/users/{id}/events/verify}. */
    public static Map<String, Object> verification(Verification v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", v.valid());
        out.put("events", v.events());
        out.put("head", v.head());
        out.put("firstBrokenSeq", v.firstBrokenSeq().isPresent() ? v.firstBrokenSeq().getAsLong() : null);
        return out;
    }

    /**
     * {@code POST /api/users/import} (SPEC U2): {@code {"dryRun", "rows": [{"row", "email", "status",
     * "errors": [{"column", "code", "message"}]}], "summary": {"create", "unchanged", "error", "seatsNeeded",
     * "seatsAvailable"}}}, messages in the caller's language; {@code column} is null for the row as a whole.
     */
    public static Map<String, Object> importReport(ImportReport report, Language language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", report.dryRun());
        body.put("rows", report.rows().stream().map(row -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("row", row.number());
            out.put("email", row.email());
            out.put("status", row.status().id());
            out.put("errors", row.problems().stream().map(p -> {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("column", p.column().map(ImportColumn::id).orElse(null));
                error.put("code", p.error().id());
                error.put("message", p.error().text(language, p.arguments()));
                return error;
            }).toList());
            return out;
        }).toList());
        ImportReport.Summary s = report.summary();
        body.put("summary", Map.of("create", s.create(), "unchanged", s.unchanged(), "error", s.error(),
                "seatsNeeded", s.seatsNeeded(), "seatsAvailable", s.seatsAvailable()));
        return body;
    }

    /** The CSV columns of SPEC E2, in order. */
    public static final List<String> CSV_COLUMNS = List.of("seq", "at", "type", "actor", "subject", "outcome",
            "reason", "ip", "browser", "requestId", "details");
}
