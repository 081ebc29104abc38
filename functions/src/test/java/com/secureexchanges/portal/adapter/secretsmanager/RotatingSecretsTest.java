package com.secureexchanges.portal.adapter.secretsmanager;

import static com.secureexchanges.portal.testing.LoopbackSecretsManager.KEYS;
import static com.secureexchanges.portal.testing.LoopbackSecretsManager.ORIGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.core.port.OriginSecret;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.testing.LoopbackSecretsManager;
import com.secureexchanges.portal.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Core;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Issue 11, item 6: the secrets were read once and frozen into the SnapStart snapshot, so a rotation
 * changed nothing until a deploy. Here they rotate in Secrets Manager (a loopback stand-in, through the
 * real SDK client) while the function runs.
 */
class RotatingSecretsTest {

    private static final Duration REFRESH = LoopbackSecretsManager.lambdaConfig().secretsRefresh();
    private static final String K1 = HmacKeys.generate();
    private static final String K2 = HmacKeys.generate();

    private final LoopbackSecretsManager aws = new LoopbackSecretsManager();
    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final List<String> log = new CopyOnWriteArrayList<>();
    private RotatingSecrets secrets;
    private SecretHasher hasher;
    private OriginSecret origin;

    @BeforeEach
    void deploy() {
        secrets = aws.deploy(K1, "origin-one", clock, log::add);
        hasher = secrets.hasher();
        origin = secrets.origin().orElseThrow();
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private static String hashUnder(String keys) {
        return new HmacSecretHasher(HmacKeys.parse(keys)).hash("binding", "value");
    }

    @Test
    void eachSecretIsReadAtFirstUse_thenOncePerInterval_theOriginInBothStages() {
        assertEquals(List.of(), aws.reads(), "nothing is read at start-up, before a snapshot could keep it");
        hasher.hash("binding", "value");
        origin.accepts("origin-one");
        clock.advance(REFRESH.minusSeconds(1));
        hasher.hash("binding", "value");
        origin.accepts("origin-one");
        assertEquals(List.of(KEYS + " AWSCURRENT", ORIGIN + " AWSCURRENT", ORIGIN + " AWSPREVIOUS"), aws.reads());
    }

    @Test
    void aRotatedHmacKey_hashesNewValuesAfterTheInterval_whileWhatTheOldOneHashedStillVerifiesAndIsFound() {
        String before = hasher.hash("binding", "value");
        aws.put(KEYS, K2 + "," + K1);
        assertEquals(before, hasher.hash("binding", "value"), "until the interval has passed");
        clock.advance(REFRESH);
        assertEquals(hashUnder(K2), hasher.hash("binding", "value"));
        assertTrue(hasher.matches("binding", "value", before));
        assertEquals(List.of(hashUnder(K2), before), hasher.hashes("binding", "value"));

        aws.put(KEYS, K2);
        clock.advance(REFRESH);
        assertFalse(hasher.matches("binding", "value", before), "a key taken out of the list stops working");
        assertEquals(List.of(hashUnder(K2)), hasher.hashes("binding", "value"));
    }

    @Test
    void theOriginSecret_acceptsCurrentAndPrevious_soCloudFrontKeepsWorkingWhileItsHeaderChanges() {
        assertTrue(origin.accepts("origin-one"));
        assertFalse(origin.accepts("origin-two"));
        aws.put(ORIGIN, "origin-two");
        clock.advance(REFRESH);
        assertTrue(origin.accepts("origin-one"), "CloudFront still sends the previous value");
        assertTrue(origin.accepts("origin-two"));
        assertFalse(origin.accepts("unknown"));
        assertFalse(origin.accepts(""));

        aws.put(ORIGIN, "origin-three");
        clock.advance(REFRESH);
        assertFalse(origin.accepts("origin-one"), "two rotations ago");
        aws.removePrevious(ORIGIN);
        clock.advance(REFRESH);
        assertFalse(origin.accepts("origin-two"), "its label removed: no longer accepted");
        assertTrue(origin.accepts("origin-three"));
    }

    @Test
    void afterRestore_readsTheSecretsAgain_withoutWaitingForTheInterval() throws Exception {
        hasher.hash("binding", "value");
        assertFalse(origin.accepts("origin-two"));
        aws.put(KEYS, K2 + "," + K1);
        aws.put(ORIGIN, "origin-two");
        secrets.beforeCheckpoint(Core.getGlobalContext());
        secrets.afterRestore(Core.getGlobalContext());
        assertEquals(hashUnder(K2), hasher.hash("binding", "value"));
        assertTrue(origin.accepts("origin-two"));
        assertTrue(origin.accepts("origin-one"));
    }

    @Test
    void theSnapshot_holdsNoSecret_whatIsNeededAfterARestoreIsRead() throws Exception {
        hasher.hash("binding", "value");
        origin.accepts("origin-one");
        secrets.beforeCheckpoint(Core.getGlobalContext());
        aws.failing(true);
        assertThrows(SdkException.class, () -> hasher.hash("binding", "value"), "nothing left to fall back on");
        assertThrows(SdkException.class, () -> origin.accepts("origin-one"));
        aws.failing(false);
        assertEquals(hashUnder(K1), hasher.hash("binding", "value"));
    }

    @Test
    void aFailingRefresh_keepsTheLastGoodValues_logsAnErrorIdAndNoSecret_thenRetries() {
        hasher.hash("binding", "value");
        origin.accepts("origin-one");
        aws.put(KEYS, K2 + "," + K1);
        aws.put(ORIGIN, "origin-two");
        aws.failing(true);
        clock.advance(REFRESH);
        assertEquals(hashUnder(K1), hasher.hash("binding", "value"));
        assertTrue(origin.accepts("origin-one"));
        assertFalse(origin.accepts("origin-two"));
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.stream().allMatch(line -> line.contains("\"error\":\"" + CachedSecret.REFRESH_FAILED + "\"")));
        assertTrue(log.get(0).contains("\"secret\":\"hmac-keys\""), log.get(0));
        assertTrue(log.get(1).contains("\"secret\":\"origin-verify\""), log.get(1));
        assertTrue(log.stream().noneMatch(line -> line.contains(K1) || line.contains(K2)
                || line.contains("origin-one") || line.contains("origin-two")));;

        aws.failing(false);
        clock.advance(CachedSecret.RETRY);
        assertEquals(hashUnder(K2), hasher.hash("binding", "value"));
        assertTrue(origin.accepts("origin-two"));
    }

    @Test
    void atStartUp_everySecretIsRead_andOneThatCannotBeFailsTheStart() {
        assertEquals(secrets, secrets.registerForSnapshots().readNow(), "CRaC's context works outside Lambda too");
        assertEquals(3, aws.reads().size());
        RotatingSecrets mistyped = aws.deploy("not base64!", "origin-one", clock, log::add);
        var e = assertThrows(IllegalArgumentException.class, mistyped::readNow);
        assertEquals("HMAC key 1 of the list is not base64", e.getMessage(), "no character of the secret is quoted");
    }
}
