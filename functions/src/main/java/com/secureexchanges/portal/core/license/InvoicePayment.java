package com.secureexchanges.portal.core.license;

/**
 * The default provider (P1): business accounts on terms. The order is recorded awaiting payment, its
 * licences usable at once; the invoice is the billing department's to send from the purchase history.
 */
public final class InvoicePayment implements PaymentProvider {

    public static final String REFERENCE = "invoice";

    @Override
    public Order start(Order order) {
        return order.paidWith(OrderStatus.AWAITING_PAYMENT, REFERENCE);
    }

    @Override
    public void cancel(Order order) {
        // Nothing was charged: an invoice is only sent for recorded orders.
    }
}
