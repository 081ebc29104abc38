package com.secureexchanges.portal.core.error;

/** Well-formed input that a rule of the account refuses ({@code domain_not_approved}, …). */
public final class Unprocessable extends PortalException {
    public Unprocessable(ErrorId id) {
        super(id);
    }
}
