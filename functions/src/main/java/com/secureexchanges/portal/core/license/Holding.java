package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.model.EmailAddress;
import java.util.Objects;

/** A held licence and who holds it (SPEC R, {@code GET /api/licenses}: {@code holder}). */
public record Holding(HeldLicense license, String userId, EmailAddress email) {

    public Holding {
        Objects.requireNonNull(license);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(email);
    }
}
