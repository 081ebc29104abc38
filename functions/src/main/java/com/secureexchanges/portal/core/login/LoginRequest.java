package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.model.EmailAddress;

/** A sign-in request as typed by a person: address and captcha. */
public record LoginRequest(EmailAddress email, String captchaId, String captchaAnswer) {
}
