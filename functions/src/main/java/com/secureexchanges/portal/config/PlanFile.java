package com.secureexchanges.portal.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.secureexchanges.portal.core.license.Money;
import com.secureexchanges.portal.core.license.Plan;
import com.secureexchanges.portal.core.license.Plans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plans file (SPEC A3): the catalogue as JSON, read once at start and checked strictly, so a typo
 * stops the portal (or the synth) with a message instead of selling a wrong price.
 * <pre>
 * {"plans": [{"id": "eco", "name": {"en": "Eco", "fr": "Éco"}, "rank": 1,
 *             "monthlyPrice": {"amount": 1500, "currency": "CAD"}}, …]}
 * </pre>
 * Where it comes from: {@value #PLANS} (the file's text; the CDK stack sets it from {@code -c plansFile}),
 * else {@value #PLANS_FILE} (a path; the local portal), else the file built into the jar, {@value #BUILT_IN}.
 */
public final class PlanFile {

    public static final String PLANS = "PLANS";
    public static final String PLANS_FILE = "PLANS_FILE";
    public static final String BUILT_IN = "/plans.json";
    /** The highest monthly price of one licence, in cents: far above any real one, far below overflow. */
    public static final long MAX_PRICE = 100_000_000;

    private PlanFile() {
    }

    /** The catalogue the environment names (see the class comment). */
    public static Plans from(Map<String, String> env) {
        Optional<String> text = Optional.ofNullable(env.get(PLANS)).filter(v -> !v.isBlank());
        if (text.isPresent()) {
            return parse(text.get(), PLANS);
        }
        Optional<String> file = Optional.ofNullable(env.get(PLANS_FILE)).filter(v -> !v.isBlank());
        if (file.isPresent()) {
            try {
                return parse(Files.readString(Path.of(file.get()), StandardCharsets.UTF_8), file.get());
            } catch (IOException e) {
                throw new IllegalStateException(PLANS_FILE + ": cannot read " + file.get(), e);
            }
        }
        return builtIn();
    }

    public static Plans builtIn() {
        try (InputStream in = PlanFile.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in plans file " + BUILT_IN + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The catalogue in {@code text}.
     *
     * @param source named in the message when the text is wrong
     * @throws IllegalStateException saying what is wrong and where
     */
    public static Plans parse(String text, String source) {
        try {
            JsonValue root = JsonValue.parse(text, false);
            only(root, "the file", Set.of("plans"));
            JsonValue list = root.get("plans");
            if (list == null || !list.isArray()) {
                throw new IllegalArgumentException("\"plans\" must be a list");
            }
            List<Plan> plans = new ArrayList<>();
            for (JsonValue entry : list) {
                plans.add(plan(entry));
            }
            return new Plans(plans);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(source + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalStateException(source + ": " + e.getMessage());
        }
    }

    private static Plan plan(JsonValue entry) {
        only(entry, "a plan", Set.of("id", "name", "rank", "monthlyPrice"));
        String id = text(entry, "id");
        JsonValue name = entry.get("name");
        only(name, "the name of " + id, Set.of("en", "fr"));
        JsonValue price = entry.get("monthlyPrice");
        only(price, "the price of " + id, Set.of("amount", "currency"));
        long amount = integer(price, "amount", MAX_PRICE, id);
        String currency = text(price, "currency");
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException notIso) {
            throw new IllegalArgumentException(id + ": " + currency + " is not an ISO 4217 currency code");
        }
        return new Plan(id, text(name, "en"), text(name, "fr"), new Money(amount, currency),
                (int) integer(entry, "rank", 1_000, id));
    }

    private static void only(JsonValue node, String what, Set<String> fields) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException(what + " has an unknown field \"" + name + "\"");
            }
        }
    }

    private static String text(JsonValue node, String field) {
        JsonValue value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a text");
        }
        return value.textValue();
    }

    private static long integer(JsonValue node, String field, long max, String plan) {
        JsonValue value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0
                || value.longValue() > max) {
            throw new IllegalArgumentException(plan + ": \"" + field + "\" must be a whole number from 0 to " + max);
        }
        return value.longValue();
    }

    /** The catalogue as compact JSON in the file's format (what the stack puts in {@value #PLANS}). */
    public static String toJson(Plans plans) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Plan plan : plans.all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", plan.id());
            entry.put("name", ordered("en", plan.nameEn(), "fr", plan.nameFr()));
            entry.put("rank", plan.rank());
            entry.put("monthlyPrice", ordered("amount", plan.monthlyPrice().cents(), "currency",
                    plan.monthlyPrice().currency()));
            list.add(entry);
        }
        return JsonWriter.write(Map.of("plans", list));
    }

    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key1, value1);
        out.put(key2, value2);
        return out;
    }
}
