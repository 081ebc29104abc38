package com.secureexchanges.portal.core.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stream and the deliveries function do in AWS, for the local portal and tests: takes what
 * the feed has, sends each through the {@link Dispatcher}, hands what must be tried again over again on
 * later runs, and puts aside as dead letters what fails for good or too often. One failing delivery
 * never holds up the others.
 */
public final class DeliveryPump {

    private final DeliveryFeed feed;
    private final Dispatcher dispatcher;
    private final DeliveryPolicy policy;
    private final Map<String, Retry> waiting = new LinkedHashMap<>();
    private final List<String> deadLetters = new ArrayList<>();

    private record Retry(Delivery delivery, int handovers) {
    }

    public DeliveryPump(DeliveryFeed feed, Dispatcher dispatcher, DeliveryPolicy policy) {
        this.feed = feed;
        this.dispatcher = dispatcher;
        this.policy = policy;
    }

    /** Sends what is new and what waits for another try; returns how many went out. */
    public synchronized int run() {
        List<Retry> batch = new ArrayList<>(waiting.values());
        waiting.clear();
        feed.next().forEach(d -> batch.add(new Retry(d, 0)));
        int sent = 0;
        for (Retry r : batch) {
            switch (dispatcher.deliver(r.delivery())) {
                case SENT -> sent++;
                case ALREADY_DONE -> {
                    // sent by an earlier run, or by another process reading the same stream
                }
                case RETRY -> {
                    if (r.handovers() + 1 >= policy.handovers()) {
                        deadLetters.add(r.delivery().id());
                    } else {
                        waiting.put(r.delivery().id(), new Retry(r.delivery(), r.handovers() + 1));
                    }
                }
                case FAILED -> deadLetters.add(r.delivery().id());
            }
        }
        return sent;
    }

    /** The ids of the deliveries given up, oldest first (never their content). */
    public synchronized List<String> deadLetters() {
        return List.copyOf(deadLetters);
    }
}
