package com.secureexchanges.portal.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.InMemoryStores;
import com.secureexchanges.portal.wiring.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stranger racing sign-in requests for one address (the security review of the answer floor): the
 * request that loses makes as many writes for an address with an account as for one without — one
 * attempt, then the same request without the address — so the race adds no time that tells them apart.
 */
class KnownAddressRaceTest {

    /** Every commit the service makes, and whether it carried the journal; the journal's head always moved. */
    private final List<String> commits = new ArrayList<>();
    private final CoreFixture f = fixture();

    @Test
    void aKnownAddressWhoseHeadMoved_isTriedOnce_thenCountedWithoutTheAddress_likeAnUnknownOneThatLostARace() {
        f.addUser("known@example.com");
        String binding = f.requestLink("known@example.com");
        assertTrue(!binding.isEmpty(), "the answer is the usual one");
        assertEquals(List.of("with journal", "without address"), commits);
        assertEquals(0, f.mail.sent().size(), "the race's loser sends nothing");
    }

    private CoreFixture fixture() {
        InMemoryStores memory = new InMemoryStores();
        Stores s = memory.stores();
        LoginStore login = s.login();
        LoginStore racing = new LoginStore() {
            public AddressState read(String addressKey, EmailAddress email) {
                return login.read(addressKey, email);
            }

            public CommitOutcome commit(LoginAttempt attempt) {
                if (attempt.journal().isPresent()) {
                    commits.add("with journal");
                    throw new HeadMoved(attempt.journal().get().expected());
                }
                commits.add(attempt.address().isEmpty() ? "without address" : "with address");
                return login.commit(attempt);
            }

            public Optional<PendingLink> findLink(String tokenHash) {
                return login.findLink(tokenHash);
            }

            public boolean redeem(PendingLink link, Grant grant, Appendix journal) {
                return login.redeem(link, grant, journal);
            }

            public boolean deny(PendingLink link, Appendix journal, int maxDenials) {
                return login.deny(link, journal, maxDenials);
            }
        };
        return new CoreFixture(new Stores(racing, s.sessions(), s.challenges(), s.completion(), s.users(),
                s.accounts(), s.events(), s.limiter(), s.domains(), s.imports(), s.licenses(), s.orders(), s.quotes(),
                s.signups(), s.deliveries(), s.deliveryFeed()), LoginPolicy.DEFAULT, memory.sessions::size);
    }
}
