package com.secureexchanges.portal.core.port;

/**
 * The secret a CDN (CloudFront) sends in its origin header, proving that a request came through it
 * and that the viewer address it forwards can be believed. During a rotation two values are valid:
 * the new one, and the previous one that the CDN may still send until its configuration is updated.
 * Implementations follow a rotation without a restart. Thread-safe; must not log the values.
 */
@FunctionalInterface
public interface OriginSecret {

    /** Whether {@code headerValue} is one of the values valid now; each comparison is constant-time. */
    boolean accepts(String headerValue);
}
