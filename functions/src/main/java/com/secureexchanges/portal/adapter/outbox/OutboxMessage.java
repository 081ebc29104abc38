package com.secureexchanges.portal.adapter.outbox;

import java.time.Instant;
import java.util.List;

/** A message the local portal "sent": shown at /dev/outbox instead of being delivered. */
public record OutboxMessage(String channel, String to, String subject, String text, String html, List<String> links,
                            Instant sentAt) {
}
