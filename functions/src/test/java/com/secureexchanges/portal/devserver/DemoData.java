package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.wiring.Stores;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import java.time.Instant;

/** The demo account created on the local portal's first start (SPEC D1): "Example Inc.", run by admin@example.com. */
public final class DemoData {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ACCOUNT_ID = "demo-account";
    public static final String ACCOUNT_NAME = "Example Inc.";
    public static final String ADMIN_ID = "demo-admin";
    public static final String APPROVED_DOMAIN = "example.com";

    private DemoData() {
    }

    /**
     * Creates the demo account and its administrator, with {@code example.com} approved, unless they
     * exist; returns whether it did.
     */
    public static boolean seed(Stores stores, Instant now) {
        boolean created = stores.accounts().create(new Account(ACCOUNT_ID, ACCOUNT_NAME, now, true), new User(ADMIN_ID,
                ACCOUNT_ID, new EmailAddress(ADMIN_EMAIL), Profile.of("Ada", "Admin", Language.EN), Role.ADMINISTRATOR,
                true, Security.NONE));
        stores.domains().approve(ACCOUNT_ID, APPROVED_DOMAIN, now);
        return created;
    }
}
