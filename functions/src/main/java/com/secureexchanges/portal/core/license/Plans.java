package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of plans (SPEC A3), read from the plans file at start. Every plan is priced in the same
 * currency (an order's total and an upgrade's difference are sums of its prices); ids and ranks are
 * unique. Immutable.
 */
public record Plans(List<Plan> all) {

    public static final int MAX_PLANS = 20;

    public Plans {
        if (all.isEmpty() || all.size() > MAX_PLANS) {
            throw new IllegalArgumentException("the catalogue holds 1 to " + MAX_PLANS + " plans");
        }
        all = all.stream().sorted(Comparator.comparingInt(Plan::rank)).toList();
        Set<String> ids = new HashSet<>();
        Set<Integer> ranks = new HashSet<>();
        for (Plan plan : all) {
            if (!ids.add(plan.id())) {
                throw new IllegalArgumentException("two plans are called " + plan.id());
            }
            if (!ranks.add(plan.rank())) {
                throw new IllegalArgumentException("two plans have the rank " + plan.rank());
            }
            if (!plan.monthlyPrice().currency().equals(all.getFirst().monthlyPrice().currency())) {
                throw new IllegalArgumentException("every plan is priced in one currency");
            }
        }
    }

    public Optional<Plan> find(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The plan {@code id}; {@code 400 unknown_plan} when the catalogue has none. */
    public Plan require(String id) {
        return find(id).orElseThrow(() -> new InvalidInput(ErrorId.UNKNOWN_PLAN));
    }

    /** The currency every price is in. */
    public String currency() {
        return all.getFirst().monthlyPrice().currency();
    }

    public List<String> ids() {
        return all.stream().map(Plan::id).toList();
    }
}
