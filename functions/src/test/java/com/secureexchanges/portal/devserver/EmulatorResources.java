package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.config.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * What the local portal and the integration tests set up on, and take off, a LocalStack-compatible
 * emulator that outlives them: each call may be repeated against the same emulator, in any order.
 */
public final class EmulatorResources {

    private EmulatorResources() {
    }

    /**
     * Makes {@code address} a sender the emulator's SES accepts. Asking again for an address verified by an
     * earlier run (the emulator keeps identities) succeeds: SES's {@code VerifyEmailIdentity} may be repeated.
     */
    public static void verifySender(SesClient ses, String address) {
        ses.verifyEmailIdentity(r -> r.emailAddress(address));
    }

    /** Deletes the portal's tables of these names; one already gone is not an error. */
    public static void deleteTables(DynamoDbClient dynamo, TableNames names) {
        for (var table : Tables.all()) {
            try {
                dynamo.deleteTable(r -> r.tableName(names.nameOf(table)));
            } catch (ResourceNotFoundException alreadyGone) {
                // Deleted by an earlier cleanup, or never created.
            }
        }
    }
}
