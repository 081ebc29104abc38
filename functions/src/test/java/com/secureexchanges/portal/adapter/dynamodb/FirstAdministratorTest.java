package com.secureexchanges.portal.adapter.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.FirstAdministrator;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The deploy-time first administrator is exactly what the adapter writes, and can sign in. */
class FirstAdministratorTest {

    private static final User EXPECTED = new User(FirstAdministrator.USER_ID, FirstAdministrator.ACCOUNT_ID,
            new EmailAddress("ops@example.com"), new Profile("", "", Language.EN, "America/Toronto", "en-CA"),
            Role.ADMINISTRATOR, true, Security.NONE);

    @SuppressWarnings("unchecked")
    private static Map<String, AttributeValue> toItem(Map<String, Object> json) {
        Map<String, AttributeValue> item = new HashMap<>();
        json.forEach((name, value) -> {
            Map<String, Object> typed = (Map<String, Object>) value;
            item.put(name, typed.containsKey("S") ? AttributeValue.fromS((String) typed.get("S"))
                    : typed.containsKey("N") ? AttributeValue.fromN((String) typed.get("N"))
                    : AttributeValue.fromBool((Boolean) typed.get("BOOL")));
        });
        return item;
    }

    @Test
    void theItems_areTheAdaptersOwn() {
        List<Map<String, Object>> items = FirstAdministrator.items(" Ops@Example.com ", "Example Ops");
        Map<String, AttributeValue> account = new HashMap<>(AccountItems.item(new Account(FirstAdministrator.ACCOUNT_ID,
                "Example Ops", Instant.EPOCH, true), 1));
        account.remove("createdAt");
        assertEquals(account, toItem(items.get(0)));
        assertEquals(UserItems.userItem(EXPECTED), toItem(items.get(1)));
        assertEquals(UserItems.emailItem(EXPECTED), toItem(items.get(2)));
    }

    @Test
    void theFirstAdministrator_canSignIn() {
        DynamoFixture db = new DynamoFixture();
        for (Map<String, Object> item : FirstAdministrator.items("ops@example.com", "example.com")) {
            db.dynamo.putItem(r -> r.tableName(db.tables.directory()).item(toItem(item)));
        }
        CoreFixture f = db.core();
        String binding = f.requestLink("ops@example.com");
        String session = f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).cookieValue();
        User admin = f.users.find(f.sessions.require(Optional.of(session)).userKey()).orElseThrow();
        assertTrue(admin.role() == Role.ADMINISTRATOR && admin.active());
        var caller = f.caller(session);
        assertEquals("example.com", caller.account().name());
        assertEquals(Instant.EPOCH, caller.account().createdAt(), "the stack cannot write a creation time");
        assertEquals(List.of("login.requested", "login.link_sent", "login.succeeded"), f.eventTypesOf(admin));
    }
}
