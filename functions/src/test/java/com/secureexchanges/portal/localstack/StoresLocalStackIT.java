package com.secureexchanges.portal.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.devserver.EmulatorResources;
import com.secureexchanges.portal.devserver.LocalStores;
import com.secureexchanges.portal.testing.CoreFixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB stores against the emulator, on tables created from the same definitions as in AWS, under
 * a prefix of this run's own, and deleted afterwards.
 */
class StoresLocalStackIT {

    @Test
    void signInWithTheStores_onTheEmulator() {
        DynamoDbClient dynamo = LocalStack.dynamo();
        TableNames tables = TableNames.prefixed("it" + System.nanoTime() + "-");
        DynamoTables.createMissing(dynamo, tables);
        try {
            signIn(dynamo, tables);
        } finally {
            EmulatorResources.deleteTables(dynamo, tables);
        }
    }

    private static void signIn(DynamoDbClient dynamo, TableNames tables) {
        CoreFixture f = new CoreFixture(LocalStores.onDynamo(dynamo, tables), LoginPolicy.DEFAULT,
                () -> dynamo.scan(r -> r.tableName(tables.sessions())).count());
        f.addUser("ada@example.com");
        String binding = f.requestLink("ada@example.com");
        String token = f.mail.lastToken();
        assertThrows(BrowserMismatch.class, () -> f.redemption.redeem(token, Optional.empty(), CoreFixture.BROWSER));
        String session = f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER).cookieValue();
        assertEquals("ada@example.com", f.users.find(f.sessions.require(Optional.of(session)).userKey())
                .orElseThrow().email().value());
        assertThrows(LinkInvalid.class, () -> f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER));
        var ada = f.users.find(f.sessions.require(Optional.of(session)).userKey()).orElseThrow();
        assertEquals(List.of("login.requested", "login.link_sent", "login.denied", "login.succeeded", "login.denied"),
                f.eventTypesOf(ada), "the event log on the emulator, with its local index");
        assertTrue(f.eventLog.mine(f.caller(session), Optional.empty()).events().size() >= 5);
    }
}
