package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import java.util.Locale;

/** Built-in roles (SPEC U5). */
public enum Role {
    STANDARD, ADMINISTRATOR;

    /** {@code standard} or {@code administrator}, as the API names them. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidInput {@code invalid_role} for anything else */
    public static Role fromId(String id) {
        return switch (id == null ? "" : id) {
            case "standard" -> STANDARD;
            case "administrator" -> ADMINISTRATOR;
            default -> throw new InvalidInput(ErrorId.INVALID_ROLE);
        };
    }
}
