package com.secureexchanges.portal.core.audit;

import java.util.List;
import java.util.Optional;

/** One page of a journal, newest first, and where the next page starts (empty on the last page). */
public record EventPage(List<StoredEvent> events, Optional<String> cursor) {
}
