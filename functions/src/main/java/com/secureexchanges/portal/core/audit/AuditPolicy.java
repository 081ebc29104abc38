package com.secureexchanges.portal.core.audit;

import java.time.Duration;

/**
 * @param retention   how long events are kept (SPEC E4: 400 days by default)
 * @param pageSize    events per page of a journal
 * @param maxExport   rows of one CSV file; a longer period is refused, never cut silently
 * @param maxDenials  events one sign-in link can cause after it stopped working (Error 2, used,
 *                    expired): whoever holds a link cannot fill its owner's journal
 */
public record AuditPolicy(Duration retention, int pageSize, int maxExport, int maxDenials) {

    public static final AuditPolicy DEFAULT = new AuditPolicy(Duration.ofDays(400), 50, 10_000, 3);

    public AuditPolicy withRetention(Duration days) {
        return new AuditPolicy(days, pageSize, maxExport, maxDenials);
    }
}
