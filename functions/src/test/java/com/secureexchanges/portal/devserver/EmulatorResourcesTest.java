package com.secureexchanges.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.testing.CannedHttpClient;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * Issue 13, item 10: what the integration tests do to an emulator can be done again on the same one.
 * Run here on DynamoDB Local and on an SES client whose HTTP answers in-process.
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
    void verifySender_mayBeRepeated_forAnAddressAlreadyVerified() {
        CannedHttpClient ses = new CannedHttpClient(200, "text/xml",
                "<VerifyEmailIdentityResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"
                        + "<VerifyEmailIdentityResult/></VerifyEmailIdentityResponse>");
        SesClient client = SesClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClient(ses).build();

        EmulatorResources.verifySender(client, "no-reply@example.com");
        EmulatorResources.verifySender(client, "no-reply@example.com");

        assertEquals(2, ses.bodies().size());
        for (String body : ses.bodies()) {
            assertTrue(body.contains("Action=VerifyEmailIdentity"), body);
            assertTrue(body.contains("EmailAddress=no-reply%40example.com"), body);
        }
    }
}
