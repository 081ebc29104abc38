package com.secureexchanges.portal.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.adapter.dynamodb.DynamoChallengeStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoLoginStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoSessionStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.adapter.dynamodb.DynamoUserDirectory;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.testing.CoreFixture;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB stores against the emulator, on tables created from the same definitions as in AWS. */
class StoresLocalStackIT {

    @Test
    void signInWithTheStores_onTheEmulator() {
        DynamoDbClient dynamo = LocalStack.dynamo();
        TableNames tables = TableNames.prefixed("it" + System.nanoTime() + "-");
        DynamoTables.createMissing(dynamo, tables);
        DynamoChallengeStore challenges = new DynamoChallengeStore(dynamo, tables);
        CoreFixture f = new CoreFixture(new CoreFixture.Stores(new DynamoLoginStore(dynamo, tables),
                new DynamoSessionStore(dynamo, tables.sessions()), challenges, challenges,
                new DynamoUserDirectory(dynamo, tables.directory())), LoginPolicy.DEFAULT);
        f.addUser("ada@example.com");
        String binding = f.requestLink("ada@example.com");
        String token = f.mail.lastToken();
        assertThrows(BrowserMismatch.class, () -> f.login.redeem(token, Optional.empty(), CoreFixture.BROWSER));
        String session = f.login.redeem(token, Optional.of(binding), CoreFixture.BROWSER).cookieValue();
        assertEquals("ada@example.com", f.users.find(f.sessions.require(Optional.of(session)).userId())
                .orElseThrow().email().value());
        assertThrows(LinkInvalid.class, () -> f.login.redeem(token, Optional.of(binding), CoreFixture.BROWSER));
    }
}
