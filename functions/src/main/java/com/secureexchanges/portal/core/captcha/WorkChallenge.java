package com.secureexchanges.portal.core.captcha;

/**
 * The accessible alternative to the image (SPEC X5): a proof of work the browser solves on its own,
 * without anyone reading anything. Find the number {@code n}, {@code 0 ≤ n < maxNumber}, whose
 * SHA-256 of {@code salt + n} (as UTF-8, {@code n} in decimal) is {@code challenge} (lower-case hex),
 * and send it as the captcha answer with {@code id}.
 */
public record WorkChallenge(String id, String algorithm, String salt, String challenge, int maxNumber) {
}
