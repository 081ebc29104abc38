package com.secureexchanges.portal.core.login;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per-address sign-in state (SPEC L5, L7): the emails counted in the current hour, overall and per
 * client network, and the live links, each bound to the browser that asked for it. Kept the same way
 * for addresses with and without an account, so neither the stored data nor the work done tells them
 * apart.
 *
 * <p>Strangers must not be able to keep the owner from signing in: a request replaces only the link of
 * the browser that sends it; when all {@link LoginPolicy#liveLinks()} slots are taken, the
 * <em>newest</em> link of the asking network goes (or the newest of all, when that network holds
 * none), so the link asked for first — usually by the owner — survives a flood; and one network can use
 * up only its own share of the hourly budget.
 *
 * @param version     optimistic-lock version; 0 when nothing is stored yet
 * @param windowStart start of the current one-hour window
 * @param windowCount emails counted in that window, from every network
 * @param networks    emails counted in that window per client network
 * @param slots       the counted requests whose links may still be live, oldest first
 * @param refusals    refused requests recorded as events in that window (so that strangers cannot
 *                    write into the owner's journal without limit)
 */
public record AddressThrottle(long version, Instant windowStart, int windowCount, Map<String, Integer> networks,
                              List<LinkSlot> slots, int refusals) {

    private static final Duration WINDOW = Duration.ofHours(1);

    public static final AddressThrottle NONE = new AddressThrottle(0, Instant.EPOCH, 0, Map.of(), List.of(), 0);

    public AddressThrottle {
        networks = Map.copyOf(networks);
        slots = List.copyOf(slots);
    }

    /** The state after a request counted at {@code now}, and the link it supersedes, if any. */
    public record Counted(AddressThrottle next, Optional<String> superseded) {
    }

    /**
     * Whether one more email may be counted at {@code now} for a request from {@code network}, sent by
     * the browser holding the binding whose keyed hash is {@code browser} (empty without a cookie).
     */
    public boolean allows(Instant now, LoginPolicy policy, Optional<String> browser, String network) {
        boolean spaced = browser.isEmpty() || slots.stream().noneMatch(s -> s.bindingHash().equals(browser.get())
                && now.isBefore(s.issuedAt().plus(policy.mailSpacing())));
        boolean windowOpen = windowOver(now) || (windowCount < policy.mailsPerHour()
                && networks.getOrDefault(network, 0) < policy.mailsPerNetworkHour());
        return spaced && windowOpen;
    }

    /** The state after counting {@code slot} at its time, asked by {@code browser} (see {@link #allows}). */
    public Counted afterSend(LoginPolicy policy, Optional<String> browser, LinkSlot slot) {
        Instant now = slot.issuedAt();
        boolean newWindow = windowOver(now);
        Map<String, Integer> counts = new HashMap<>(newWindow ? Map.of() : networks);
        counts.merge(slot.network(), 1, Integer::sum);

        List<LinkSlot> live = new ArrayList<>(live(now, policy.linkTtl()));
        Optional<LinkSlot> replaced = browser.flatMap(b -> live.stream().filter(s -> s.bindingHash().equals(b))
                .findFirst());
        if (replaced.isEmpty() && live.size() >= policy.liveLinks()) {
            // Slots are kept in the order they were counted (their times may tie to the second).
            replaced = live.reversed().stream().filter(s -> s.network().equals(slot.network())).findFirst()
                    .or(() -> Optional.of(live.getLast()));
        }
        replaced.ifPresent(live::remove);
        live.add(slot);
        AddressThrottle next = new AddressThrottle(version + 1, newWindow ? now : windowStart,
                newWindow ? 1 : windowCount + 1, counts, live, newWindow ? 0 : refusals);
        return new Counted(next, replaced.flatMap(LinkSlot::tokenHash));
    }

    /** Whether one more refused request may still be recorded in the window of {@code now}. */
    public boolean recordsRefusal(Instant now, int maxRefusals) {
        return windowOver(now) || refusals < maxRefusals;
    }

    /** The state after recording one refused request at {@code now} (nothing else changes). */
    public AddressThrottle afterRefusal(Instant now) {
        boolean newWindow = windowOver(now);
        return new AddressThrottle(version + 1, newWindow ? now : windowStart, newWindow ? 0 : windowCount,
                newWindow ? Map.of() : networks, slots, newWindow ? 1 : refusals + 1);
    }

    /** The keyed hashes of the links that may be redeemed (each still checked for use and expiry). */
    public Set<String> liveLinks() {
        return slots.stream().flatMap(s -> s.tokenHash().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** When the stored state no longer matters and may be purged. */
    public Instant purgeAt(Duration linkTtl) {
        Instant windowEnd = windowStart.plus(WINDOW);
        return slots.stream().map(s -> s.issuedAt().plus(linkTtl)).filter(windowEnd::isBefore)
                .max(Comparator.naturalOrder()).orElse(windowEnd);
    }

    private List<LinkSlot> live(Instant now, Duration linkTtl) {
        return slots.stream().filter(s -> now.isBefore(s.issuedAt().plus(linkTtl))).toList();
    }

    private boolean windowOver(Instant now) {
        return !now.isBefore(windowStart.plus(WINDOW));
    }
}
