package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.config.PlanFile;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.Opening;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.license.Billing;
import com.secureexchanges.portal.core.license.BillingPeriod;
import com.secureexchanges.portal.core.license.HeldLicense;
import com.secureexchanges.portal.core.license.InvoicePayment;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.license.OrderLine;
import com.secureexchanges.portal.core.license.OrderStatus;
import com.secureexchanges.portal.core.license.Plan;
import com.secureexchanges.portal.core.license.Plans;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.wiring.Stores;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo account created on the local portal's first start (SPEC D1): "Example Inc.", run by admin@example.com,
 * with {@code example.com} approved and a first order of a few licences (5, 2 and 1 of the plans by rank, with
 * the built-in plans: 5 Eco, 2 Advanced, 1 Pro), of which the administrator holds the highest.
 */
public final class DemoData {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ACCOUNT_ID = "demo-account";
    public static final String ACCOUNT_NAME = "Example Inc.";
    public static final String ADMIN_ID = "demo-admin";
    public static final String APPROVED_DOMAIN = "example.com";
    public static final String ORDER_ID = "demo-order";
    public static final String LICENSE_ID = "demo-license";
    private static final int[] QUANTITIES = {5, 2, 1};

    private DemoData() {
    }

    /** {@link #seed(Stores, Instant, Plans)} with the built-in plans. */
    public static boolean seed(Stores stores, Instant now) {
        return seed(stores, now, PlanFile.builtIn());
    }

    /**
     * Creates the demo account, its administrator and its first order, with {@code example.com} approved,
     * unless they exist; returns whether it did.
     */
    public static boolean seed(Stores stores, Instant now, Plans plans) {
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < plans.all().size(); i++) {
            Plan plan = plans.all().get(i);
            int quantity = QUANTITIES[Math.min(i, QUANTITIES.length - 1)];
            lines.add(new OrderLine(plan.id(), quantity, plan.monthlyPrice(), plan.monthlyPrice().times(quantity)));
        }
        Order order = new Order(ORDER_ID, ACCOUNT_ID, at, Order.Kind.PURCHASE, OrderStatus.AWAITING_PAYMENT, lines,
                BillingPeriod.first(at), ADMIN_ID, InvoicePayment.REFERENCE, Optional.empty());
        HeldLicense held = new HeldLicense(LICENSE_ID, plans.all().getLast().id(), at);
        User admin = new User(ADMIN_ID, ACCOUNT_ID, new EmailAddress(ADMIN_EMAIL), Profile.of("Ada", "Admin",
                Language.EN), Role.ADMINISTRATOR, true, Security.NONE).withLicense(Optional.of(held));
        Account account = new Account(ACCOUNT_ID, ACCOUNT_NAME, now, true, Billing.opened(order, Optional.of(held)));
        boolean created = stores.accounts().open(new Opening(account, admin, Optional.of(order),
                Appendix.none(admin.chain())));
        stores.domains().approve(ACCOUNT_ID, APPROVED_DOMAIN, now);
        return created;
    }
}
