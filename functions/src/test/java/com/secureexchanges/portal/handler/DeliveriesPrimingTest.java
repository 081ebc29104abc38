package com.secureexchanges.portal.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.testing.SnapshotGraph;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deliveries function's SnapStart priming (issue 12): batches of an email and an SMS that the priming
 * portal sealed and wrote go through the handler, the claim, the seal and the real SES and SNS clients,
 * all answered in-process; what the hook leaves for the snapshot holds no random value, key or clock.
 */
class DeliveriesPrimingTest {

    private static final AppConfig CONFIG = AppConfig.local(Map.of(), "https://portal.example.com",
            TableNames.prefixed("prime-"));

    @Test
    void everyPrimingBatch_isClaimedOpenedAndSent_throughSesAndSns_offline() {
        var outcome = DeliveriesPriming.of(CONFIG).prime();

        assertEquals(List.of(), outcome.failures(), "every delivery of every batch sent");
        assertEquals(Collections.nCopies(Priming.ROUNDS, "SendEmail"), outcome.ses());
        assertEquals(Collections.nCopies(Priming.ROUNDS, "Publish"), outcome.sns());
        // each round: the two deliveries written in one transaction, then for each its claim and its mark as sent
        List<String> round = List.of("TransactWriteItems", "UpdateItem", "UpdateItem", "UpdateItem", "UpdateItem");
        assertEquals(Collections.nCopies(Priming.ROUNDS, round).stream().flatMap(List::stream).toList(),
                outcome.dynamo());
    }

    @Test
    void afterTheCheckpointHook_thePrimingHoldsNoRandomValue_key_clockOrPortal() throws Exception {
        DeliveriesPriming priming = DeliveriesPriming.of(CONFIG);

        priming.beforeCheckpoint(null);
        priming.afterRestore(null);

        assertEquals(List.of(), SnapshotGraph.unwanted(priming),
                "reachable from the registered hook, so in the snapshot");
    }
}
