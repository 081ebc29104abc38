package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.model.EmailAddress;

/**
 * A first purchase as typed on the public "Buy licences" page (SPEC A2). Only its form is checked
 * here (malformed input is a 400 that reveals nothing about the address); the rest is decided
 * silently.
 *
 * @param plan     the id of a plan of the catalogue
 * @param quantity licences to buy, 1 to {@link #MAX_QUANTITY}
 */
public record SignupRequest(EmailAddress email, String organization, String plan, int quantity, String captchaId,
                            String captchaAnswer) {

    public static final int MAX_QUANTITY = 1000;
    public static final int MAX_ORGANIZATION = 100;

    public SignupRequest {
        organization = organization == null ? "" : organization.strip();
        if (organization.isEmpty() || organization.length() > MAX_ORGANIZATION
                || organization.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, "organization");
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, "quantity");
        }
    }
}
