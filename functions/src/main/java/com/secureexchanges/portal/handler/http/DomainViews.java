package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.core.domain.DomainClaim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the domain routes (SPEC R, U4). */
public final class DomainViews {

    private DomainViews() {
    }

    /** One domain: its status and the TXT record that proves it. */
    public static Map<String, Object> domain(DomainClaim claim) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("domain", claim.domain().value());
        body.put("status", claim.status().id());
        body.put("recordName", claim.domain().recordName());
        body.put("recordType", "TXT");
        body.put("recordValue", claim.recordValue());
        body.put("verifiedAt", claim.verifiedAt().map(Object::toString).orElse(null));
        return body;
    }

    /** {@code GET /api/domains}. */
    public static Map<String, Object> domains(List<DomainClaim> claims) {
        return Map.of("domains", claims.stream().map(DomainViews::domain).toList());
    }
}
