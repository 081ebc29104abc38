package com.secureexchanges.portal.core.license;

/** One line of an order as the administrator asks for it: a plan id and a quantity, both still to check. */
public record OrderRequest(String plan, long quantity) {
}
