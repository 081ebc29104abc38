package com.secureexchanges.portal.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private static final String ADA = "ada@example.com";
    private final CoreFixture f = new CoreFixture();

    private String login() {
        String binding = f.requestLink(ADA);
        return f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).cookieValue();
    }

    @Test
    void session_endsAfter30IdleMinutes() {
        f.addUser(ADA);
        String cookie = login();
        f.clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        f.sessions.require(Optional.of(cookie));
        f.clock.advance(Duration.ofMinutes(30));
        assertThrows(NotAuthenticated.class, () -> f.sessions.require(Optional.of(cookie)));
    }

    @Test
    void session_endsAfter12Hours_evenWhenUsed() {
        f.addUser(ADA);
        String cookie = login();
        for (int i = 0; i < 35; i++) {
            f.clock.advance(Duration.ofMinutes(20));
            f.sessions.require(Optional.of(cookie));
        }
        f.clock.advance(Duration.ofMinutes(20).minusSeconds(1));
        f.sessions.require(Optional.of(cookie));
        f.clock.advance(Duration.ofSeconds(1));
        assertThrows(NotAuthenticated.class, () -> f.sessions.require(Optional.of(cookie)));
    }

    @Test
    void logout_endsTheSessionServerSide() {
        f.addUser(ADA);
        String cookie = login();
        f.sessions.close(Optional.of(cookie));
        assertThrows(NotAuthenticated.class, () -> f.sessions.require(Optional.of(cookie)));
    }

    @Test
    void everyLogin_getsANewSessionId() {
        f.addUser(ADA);
        String first = login();
        f.clock.advance(Duration.ofMinutes(1));
        String second = login();
        assertNotEquals(first, second);
        assertEquals(2, f.sessionCount());
    }

    @Test
    void require_refusesMissingAndMalformedCookies() {
        assertThrows(NotAuthenticated.class, () -> f.sessions.require(Optional.empty()));
        assertThrows(NotAuthenticated.class, () -> f.sessions.require(Optional.of("x;y")));
        assertThrows(NotAuthenticated.class, () -> f.sessions.require(Optional.of(f.tokens.token())));
    }
}
