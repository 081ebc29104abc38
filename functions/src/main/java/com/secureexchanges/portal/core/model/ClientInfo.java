package com.secureexchanges.portal.core.model;

import java.util.Optional;

/**
 * Where a request came from, as far as the portal can tell.
 *
 * @param ip             the client's IP address (never null; "unknown" when absent)
 * @param userAgent      the raw User-Agent header, possibly empty
 * @param acceptLanguage the raw Accept-Language header, possibly empty
 * @param requestId      the id the platform gave the request, for the event log ("-" when none)
 */
public record ClientInfo(String ip, String userAgent, String acceptLanguage, String requestId) {

    public ClientInfo {
        ip = ip == null || ip.isBlank() ? "unknown" : ip;
        userAgent = userAgent == null ? "" : userAgent;
        acceptLanguage = acceptLanguage == null ? "" : acceptLanguage;
        requestId = requestId == null || requestId.isBlank() ? "-" : requestId;
    }

    public ClientInfo(String ip, String userAgent, String acceptLanguage) {
        this(ip, userAgent, acceptLanguage, "-");
    }

    /** The network per-IP limits count this client under ({@link ClientNetwork}: an IPv6 /64 as one). */
    public String network() {
        return ClientNetwork.of(ip);
    }

    /** "Chrome on Linux" style description for emails and the event log. */
    public String browserDescription() {
        return BrowserFamily.describe(userAgent);
    }

    /** The preferred language among those the portal speaks, if the browser states one. */
    public Optional<Language> preferredLanguage() {
        return Language.fromAcceptLanguage(acceptLanguage);
    }
}
