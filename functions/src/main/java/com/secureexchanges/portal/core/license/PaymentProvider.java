package com.secureexchanges.portal.core.license;

/**
 * How orders are paid (P1): asked before an order is recorded, and told when it could not be recorded
 * after all. The default is {@link InvoicePayment}; a card provider would authorise in {@link #start},
 * using the order id as its idempotency key, capture when its webhook reports the order recorded, and void
 * in {@link #cancel}. Thread-safe.
 */
public interface PaymentProvider {

    /**
     * Starts paying {@code order} (not recorded yet): the order as the provider leaves it, with its status and
     * the provider's reference. Must not block for long: it runs inside the request.
     */
    Order start(Order order);

    /** The order {@link #start} was asked for was not recorded (a limit, a race): undo whatever it started. */
    void cancel(Order order);
}
