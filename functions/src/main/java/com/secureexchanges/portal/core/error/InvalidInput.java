package com.secureexchanges.portal.core.error;

import java.util.Map;

/** Malformed or out-of-range input; nothing was written. */
public final class InvalidInput extends PortalException {
    public InvalidInput(ErrorId id) {
        super(id);
    }

    /** A field-level failure whose text names the field. */
    public static InvalidInput field(ErrorId id, String field) {
        return new InvalidInput(id, field);
    }

    private InvalidInput(ErrorId id, String field) {
        super(id, Map.of("field", field));
    }
}
