package com.secureexchanges.portal.core.license;

import java.util.Arrays;
import java.util.Locale;

/** Where an order's payment stands (P1). The invoice provider leaves orders awaiting payment. */
public enum OrderStatus {
    AWAITING_PAYMENT, PAID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an order status: " + id));
    }
}
