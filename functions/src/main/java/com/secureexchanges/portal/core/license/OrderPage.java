package com.secureexchanges.portal.core.license;

import java.util.List;
import java.util.Optional;

/** A page of an account's orders, newest first, and where the next one starts. */
public record OrderPage(List<Order> orders, Optional<String> cursor) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
