package com.secureexchanges.portal.core.captcha;

/** A captcha as handed to the browser: its id and its PNG image. The answer is not here. */
public record IssuedCaptcha(String id, byte[] png) {
}
