package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.core.license.Billing;
import com.secureexchanges.portal.core.license.Holding;
import com.secureexchanges.portal.core.license.LicenseAdministration;
import com.secureexchanges.portal.core.license.Money;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.license.OrderLine;
import com.secureexchanges.portal.core.license.OrderPage;
import com.secureexchanges.portal.core.license.OrderPreview;
import com.secureexchanges.portal.core.license.Plans;
import com.secureexchanges.portal.core.license.Quote;
import com.secureexchanges.portal.core.license.Seats;
import com.secureexchanges.portal.core.license.Upgrades;
import com.secureexchanges.portal.core.model.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The JSON shapes of SPEC R for plans, the pool, licences, orders and upgrades. */
public final class LicenseViews {

    private LicenseViews() {
    }

    /** {@code GET /api/plans}: each plan, its name in the request's language (and both), its price and rank. */
    public static Map<String, Object> plans(Plans plans, Language language) {
        return Map.of("plans", plans.all().stream().map(plan -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", plan.id());
            out.put("name", plan.name(language));
            out.put("names", Map.of("en", plan.nameEn(), "fr", plan.nameFr()));
            out.put("rank", plan.rank());
            out.put("monthlyPrice", money(plan.monthlyPrice()));
            return out;
        }).toList());
    }

    public static Map<String, Object> money(Money money) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("amount", money.cents());
        out.put("currency", money.currency());
        return out;
    }

    /** The pool: every plan of the catalogue, by rank, then any plan the account still holds licences of. */
    public static List<Map<String, Object>> pool(Billing billing, Plans plans) {
        Set<String> ids = new LinkedHashSet<>(plans.ids());
        ids.addAll(billing.seats().keySet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Seats seats = billing.seats(id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plan", id);
            row.put("total", seats.total());
            row.put("assigned", seats.assigned());
            row.put("available", seats.free());
            out.add(row);
        }
        return out;
    }

    /**
     * {@code GET /api/licenses}: the pool, and every licence: the held ones with their holder, then the free
     * ones. Free licences are interchangeable, so their ids ({@code free-<plan>-<n>}) name a place in the
     * list, not a licence.
     */
    public static Map<String, Object> overview(LicenseAdministration.Overview overview, Plans plans) {
        List<Map<String, Object>> licenses = new ArrayList<>();
        for (Holding holding : overview.held()) {
            Map<String, Object> holder = new LinkedHashMap<>();
            holder.put("userId", holding.userId());
            holder.put("email", holding.email().value());
            licenses.add(license(holding.license().id(), holding.license().plan(), holder));
        }
        overview.pool().seats().forEach((plan, seats) -> {
            for (long n = 1; n <= seats.free(); n++) {
                licenses.add(license("free-" + plan + "-" + n, plan, null));
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plans", pool(overview.pool(), plans));
        body.put("licenses", licenses);
        return body;
    }

    private static Map<String, Object> license(String id, String plan, Object holder) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("plan", plan);
        out.put("holder", holder);
        return out;
    }

    /** A licence operation's answer: the pool after it, and the user's licence. */
    public static Map<String, Object> changed(LicenseAdministration.Changed changed, Plans plans) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", changed.user().id());
        user.put("plan", changed.user().license().map(l -> l.plan()).orElse(null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plans", pool(changed.pool(), plans));
        body.put("user", user);
        return body;
    }

    /** {@code POST /api/licenses/remove}: the pool after it. */
    public static Map<String, Object> poolAfter(Billing billing, Plans plans) {
        return Map.of("plans", pool(billing, plans));
    }

    public static Map<String, Object> order(Order order) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", order.id());
        out.put("createdAt", order.at().toString());
        out.put("kind", order.kind().name().toLowerCase(Locale.ROOT));
        out.put("status", order.status().id());
        out.put("lines", order.lines().stream().map(LicenseViews::line).toList());
        out.put("total", money(order.total()));
        out.put("monthlyTotal", money(order.monthly()));
        out.put("periodStart", order.period().start().toString());
        out.put("periodEnd", order.period().end().toString());
        out.put("orderedBy", order.orderedBy());
        out.put("userId", order.upgraded().orElse(null));
        return out;
    }

    private static Map<String, Object> line(OrderLine line) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("plan", line.plan());
        l.put("quantity", line.quantity());
        l.put("unitPrice", money(line.unitPrice()));
        l.put("amount", money(line.amount()));
        return l;
    }

    /** {@code POST /api/orders} with {@code "preview": true}: what the order would charge now. */
    public static Map<String, Object> preview(OrderPreview preview) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lines", preview.lines().stream().map(LicenseViews::line).toList());
        out.put("total", money(preview.total()));
        out.put("monthlyTotal", money(preview.monthly()));
        out.put("periodStart", preview.period().start().toString());
        out.put("periodEnd", preview.period().end().toString());
        return out;
    }

    /** {@code GET /api/orders}: a page, newest first. */
    public static Map<String, Object> orders(OrderPage page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orders", page.orders().stream().map(LicenseViews::order).toList());
        body.put("cursor", page.cursor().orElse(null));
        return body;
    }

    /** An upgrade's quote: {@code {"quoteId","amount":{"amount","currency"},"expiresAt"}}, and what it is for. */
    public static Map<String, Object> quote(Quote quote) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quoteId", quote.id());
        out.put("amount", money(quote.amount()));
        out.put("expiresAt", quote.expiresAt().toString());
        out.put("plan", quote.to());
        out.put("periodEnd", quote.period().end().toString());
        return out;
    }

    /** A paid upgrade: the order (charged exactly its quote), with the pool after it. */
    public static Map<String, Object> paid(Upgrades.Paid paid, Plans plans) {
        Map<String, Object> out = order(paid.order());
        out.put("plans", pool(paid.pool(), plans));
        return out;
    }
}
