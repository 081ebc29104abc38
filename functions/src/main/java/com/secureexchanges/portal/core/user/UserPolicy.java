package com.secureexchanges.portal.core.user;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules for adding users (SPEC U1).
 *
 * @param publicDomains mail domains anyone can have an address at (gmail.com, …): users with such an
 *                      address can be added to any account, and such domains can never be claimed
 * @param pageSize      users per page of the list
 */
public record UserPolicy(Set<String> publicDomains, int pageSize) {

    public static final Set<String> PUBLIC_DOMAINS = Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.ca", "yahoo.fr", "icloud.com", "me.com",
            "mac.com", "proton.me", "protonmail.com", "pm.me", "aol.com", "gmx.com", "gmx.net", "mail.com",
            "zoho.com", "yandex.com", "fastmail.com", "tutanota.com", "videotron.ca", "sympatico.ca", "orange.fr",
            "free.fr", "laposte.net", "sfr.fr");

    public static final UserPolicy DEFAULT = new UserPolicy(PUBLIC_DOMAINS, 50);

    public UserPolicy {
        publicDomains = publicDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isPublic(String domain) {
        return publicDomains.contains(domain.toLowerCase(Locale.ROOT));
    }
}
