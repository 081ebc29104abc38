package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.license.OrderRequest;
import com.secureexchanges.portal.core.license.Plans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bodies of the licence routes (SPEC R), read strictly: only the fields a route takes, texts as texts,
 * quantities as whole JSON numbers ({@code "3"}, {@code 1.5}, {@code 1e3} or a number past 64 bits is
 * {@code 400 invalid_quantity}); plan ids and ranges are checked by the core.
 */
public final class LicenseInput {

    private static final int MAX_ID = 64;

    private final Json json;

    public LicenseInput(Json json) {
        this.json = json;
    }

    /** A removal from the pool, or an order line. */
    public record Quantity(String plan, long quantity) {
    }

    /** {@code {"plan"}}. */
    public String plan(JsonValue body) {
        UserInput.onlyKnown(body, Set.of("plan"));
        return json.requiredText(body, "plan", MAX_ID);
    }

    /**
     * {@code {"lines": [{"plan", "quantity"}, …]}}, at most one line per plan of the catalogue, and
     * optionally {@code "preview": true} (see {@link #preview}).
     */
    public List<OrderRequest> order(JsonValue body) {
        UserInput.onlyKnown(body, Set.of("lines", "preview"));
        JsonValue lines = body.get("lines");
        if (lines == null || lines.isNull()) {
            throw InvalidInput.field(ErrorId.MISSING_FIELD, "lines");
        }
        if (!lines.isArray() || lines.size() > Plans.MAX_PLANS) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, "lines");
        }
        List<OrderRequest> out = new ArrayList<>();
        for (JsonValue line : lines) {
            if (!line.isObject()) {
                throw InvalidInput.field(ErrorId.INVALID_FIELD, "lines");
            }
            Quantity q = quantity(line);
            out.add(new OrderRequest(q.plan(), q.quantity()));
        }
        return out;
    }

    /** Whether an order's body asks only what it would charge ({@code "preview": true}). */
    public boolean preview(JsonValue body) {
        return json.optionalBoolean(body, "preview").orElse(false);
    }

    /** {@code {"plan", "quantity"}}. */
    public Quantity quantity(JsonValue body) {
        UserInput.onlyKnown(body, Set.of("plan", "quantity"));
        String plan = json.requiredText(body, "plan", MAX_ID);
        JsonValue quantity = body.get("quantity");
        if (quantity == null || quantity.isNull()) {
            throw InvalidInput.field(ErrorId.MISSING_FIELD, "quantity");
        }
        if (!quantity.isIntegralNumber() || !quantity.canConvertToLong()) {
            throw new InvalidInput(ErrorId.INVALID_QUANTITY);
        }
        return new Quantity(plan, quantity.longValue());
    }

    /** {@code {"toUserId"}}. */
    public String toUser(JsonValue body) {
        UserInput.onlyKnown(body, Set.of("toUserId"));
        return json.requiredText(body, "toUserId", MAX_ID);
    }

    /** An upgrade's body: {@code {"plan"}} asks for a quote, {@code {"quoteId"}} pays one; never both. */
    public record Upgrade(Optional<String> plan, Optional<String> quoteId) {
    }

    public Upgrade upgrade(JsonValue body) {
        UserInput.onlyKnown(body, Set.of("plan", "quoteId"));
        if (body.has("quoteId")) {
            if (body.has("plan")) {
                throw InvalidInput.field(ErrorId.INVALID_FIELD, "plan");
            }
            return new Upgrade(Optional.empty(), Optional.of(json.requiredText(body, "quoteId", MAX_ID)));
        }
        return new Upgrade(Optional.of(json.requiredText(body, "plan", MAX_ID)), Optional.empty());
    }
}
