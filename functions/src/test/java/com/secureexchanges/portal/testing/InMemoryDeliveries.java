package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.DeliveryFeed;
import com.secureexchanges.portal.core.delivery.DeliveryLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outbox in memory: its items' states, and the new ones in the order written (as a stream hands them). */
public final class InMemoryDeliveries implements DeliveryLedger, DeliveryFeed {

    private final Map<String, String> states = new HashMap<>();
    private final Map<String, Delivery> stored = new HashMap<>();
    private final List<Delivery> unread = new ArrayList<>();

    /** Written with a decision: see {@link InMemoryUserDirectory#apply} and the login store's commit. */
    synchronized void write(List<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            if (stored.putIfAbsent(d.id(), d) != null) {
                throw new IllegalStateException("a delivery id was used twice");
            }
            states.put(d.id(), "waiting");
            unread.add(d);
        }
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        write(deliveries);
    }

    @Override
    public synchronized List<Delivery> next() {
        List<Delivery> out = List.copyOf(unread);
        unread.clear();
        return out;
    }

    @Override
    public synchronized Claim claim(String id, Instant now) {
        String state = states.get(id);
        if ("waiting".equals(state)) {
            states.put(id, "sending");
            return Claim.CLAIMED;
        }
        return "failed".equals(state) ? Claim.FAILED : Claim.TAKEN;
    }

    @Override
    public synchronized void sent(String id, Instant now) {
        states.put(id, "sent");
    }

    @Override
    public synchronized void release(String id) {
        states.replace(id, "sending", "waiting");
    }

    @Override
    public synchronized void failed(String id, String reason, Instant now) {
        states.put(id, "failed");
    }

    /** Every delivery written so far, whatever became of it. */
    public synchronized List<Delivery> all() {
        return List.copyOf(stored.values());
    }

    /** {@code waiting}, {@code sending}, {@code sent} or {@code failed}; null for an unknown id. */
    public synchronized String state(String id) {
        return states.get(id);
    }
}
