package com.secureexchanges.portal.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.InMemoryUserDirectory;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC A0, U5: the caller comes from storage at every request: role, user status and account status. */
class CallerServiceTest {

    private final CoreFixture f = new CoreFixture();
    private final InMemoryUserDirectory directory = (InMemoryUserDirectory) f.users;

    @Test
    void theCaller_isTheSessionsUser_inTheirAccount() {
        User ada = f.addUser("ada@example.com");
        Caller caller = f.caller(f.signIn("ada@example.com"));
        assertEquals(ada.id(), caller.user().id());
        assertEquals(CoreFixture.ACCOUNT, caller.account().id());
        assertEquals("Account One", caller.account().name());
        assertEquals(CoreFixture.BROWSER, caller.client());
    }

    @Test
    void aRoleChange_appliesAtTheNextRequest_bothWays() {
        User ada = f.addUser("ada@example.com");
        String session = f.signIn("ada@example.com");
        assertThrows(Forbidden.class, () -> f.caller(session).requireAdministrator());
        directory.replace(new User(ada.id(), ada.accountId(), ada.email(), ada.profile(), Role.ADMINISTRATOR, true,
                f.reload(ada).security(), f.reload(ada).journal()));
        assertEquals(Role.ADMINISTRATOR, f.caller(session).requireAdministrator().user().role());
        User demoted = f.reload(ada);
        directory.replace(new User(demoted.id(), demoted.accountId(), demoted.email(), demoted.profile(),
                Role.STANDARD, true, demoted.security(), demoted.journal()));
        assertThrows(Forbidden.class, () -> f.caller(session).requireAdministrator());
    }

    @Test
    void aSuspendedUser_orASuspendedAccount_hasNoCaller() {
        User ada = f.addUser("ada@example.com");
        String session = f.signIn("ada@example.com");
        User stored = f.reload(ada);
        directory.replace(new User(stored.id(), stored.accountId(), stored.email(), stored.profile(), stored.role(),
                false, stored.security(), stored.journal()));
        assertThrows(NotAuthenticated.class, () -> f.caller(session));
        directory.replace(stored);
        f.caller(session);
        directory.addAccount(new Account(CoreFixture.ACCOUNT, "Account One", f.clock.instant(), false));
        assertThrows(NotAuthenticated.class, () -> f.caller(session));
    }

    @Test
    void anIdleSession_hasNoCaller() {
        f.addUser("ada@example.com");
        String session = f.signIn("ada@example.com");
        f.clock.advance(Duration.ofMinutes(31));
        assertThrows(NotAuthenticated.class, () -> f.caller(session));
        assertThrows(NotAuthenticated.class, () -> f.portal.callers().resolve(Optional.empty(), CoreFixture.BROWSER));
    }
}
