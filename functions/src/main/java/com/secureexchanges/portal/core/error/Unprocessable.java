package com.secureexchanges.portal.core.error;

import java.util.Map;

/**
 * Well-formed input that a rule of the account refuses ({@code domain_not_approved}, …), with what the
 * caller needs to put it right ({@code record_not_found} says which TXT values it saw).
 */
public final class Unprocessable extends PortalException {

    private final Map<String, Object> details;

    public Unprocessable(ErrorId id) {
        this(id, Map.of());
    }

    public Unprocessable(ErrorId id, Map<String, Object> details) {
        super(id);
        this.details = Map.copyOf(details);
    }

    /** Fields answered next to the error id (never a secret). */
    public Map<String, Object> details() {
        return details;
    }
}
