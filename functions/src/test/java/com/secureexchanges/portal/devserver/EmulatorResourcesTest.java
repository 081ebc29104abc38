package com.secureexchanges.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.config.TableNames;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.CreateEmailIdentityRequest;

/**
 * Issue 13, item 10: what the integration tests do to an emulator can be done again on the same one.
 * Run here on DynamoDB Local and on an SES that answers like an emulator which kept an identity.
 */
class EmulatorResourcesTest {

    @Test
    void deleteTables_removesExactlyThePrefixedTables_andMayBeRepeated() {
        DynamoDbClient dynamo = LocalDynamo.shared().client();
        String prefix = "cleanup" + System.nanoTime() + "-";
        TableNames mine = TableNames.prefixed(prefix);
        TableNames other = TableNames.prefixed("kept" + System.nanoTime() + "-");
        DynamoTables.createMissing(dynamo, mine);
        DynamoTables.createMissing(dynamo, other);

        EmulatorResources.deleteTables(dynamo, mine);
        EmulatorResources.deleteTables(dynamo, mine);

        List<String> left = dynamo.listTablesPaginator().tableNames().stream().toList();
        assertTrue(left.stream().noneMatch(name -> name.startsWith(prefix)), "left: " + left);
        assertTrue(left.contains(other.directory()) && left.contains(other.events()), "another run's tables stay");
        EmulatorResources.deleteTables(dynamo, other);
    }

    @Test
    void verifySender_onAnEmulatorThatKeptTheIdentity_succeeds() {
        List<String> asked = new ArrayList<>();
        SesV2Client keptIt = (SesV2Client) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SesV2Client.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("createEmailIdentity") || !(args[0] instanceof Consumer<?>)) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    var request = CreateEmailIdentityRequest.builder()
                            .applyMutation((Consumer<CreateEmailIdentityRequest.Builder>) args[0]).build();
                    asked.add(request.emailIdentity());
                    throw AlreadyExistsException.builder().message("Email identity already exists").build();
                });

        EmulatorResources.verifySender(keptIt, "no-reply@example.com");
        EmulatorResources.verifySender(keptIt, "no-reply@example.com");

        assertEquals(List.of("no-reply@example.com", "no-reply@example.com"), asked);
    }
}
