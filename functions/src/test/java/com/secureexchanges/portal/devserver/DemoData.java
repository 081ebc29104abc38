package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;

/** The demo account created on the local portal's first start (SPEC D1). */
public final class DemoData {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ACCOUNT_ID = "demo-account";
    public static final String ADMIN_ID = "demo-admin";

    private DemoData() {
    }

    /** Creates the demo administrator unless it exists; returns whether it was created. */
    public static boolean seed(UserDirectory users) {
        return users.create(new User(ADMIN_ID, ACCOUNT_ID, new EmailAddress(ADMIN_EMAIL),
                Profile.of("Ada", "Admin", Language.EN), Role.ADMINISTRATOR, true, Security.NONE));
    }
}
