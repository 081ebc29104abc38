package com.secureexchanges.portal.core.login;

import java.time.Instant;
import java.util.Optional;

/**
 * One counted request of an address that may still hold a live link: the browser it came from (the
 * keyed hash of the binding cookie it was given) and its client network. An address without an
 * account keeps the same slots without a link, so the stored state does not tell the two apart.
 *
 * @param tokenHash   keyed hash of the link sent; empty for an address without an account
 * @param bindingHash keyed hash of the binding cookie the asking browser was given
 * @param network     keyed hash of the asking client network (an IPv4 address or an IPv6 /64)
 */
public record LinkSlot(Optional<String> tokenHash, String bindingHash, String network, Instant issuedAt) {
}
