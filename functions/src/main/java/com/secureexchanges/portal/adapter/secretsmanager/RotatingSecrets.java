package com.secureexchanges.portal.adapter.secretsmanager;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.adapter.crypto.RefreshedSecretHasher;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.LogSink;
import com.secureexchanges.portal.core.port.OriginSecret;
import com.secureexchanges.portal.core.port.SecretHasher;
import java.time.Clock;
import java.util.Optional;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The portal's secrets in AWS Secrets Manager, followed through rotations (docs/DESIGN.md, "Rotating
 * secrets"). The HMAC keys are read from the secret's {@code AWSCURRENT} version only: the list it holds
 * is the whole truth, so a key removed from it stops working. The origin secret is read in its
 * {@code AWSCURRENT} and {@code AWSPREVIOUS} versions, both accepted, because CloudFront keeps sending
 * the previous value until its distribution is updated. Each is read at first use, again when older
 * than {@link AppConfig#secretsRefresh()}, and after a SnapStart restore: as a CRaC {@link Resource},
 * it drops the values before the snapshot (so the snapshot holds none) and after the restore (so the
 * restored function reads them anew on its first request, whatever changed since the snapshot).
 */
public final class RotatingSecrets implements Resource {

    static final String CURRENT = "AWSCURRENT";
    static final String PREVIOUS = "AWSPREVIOUS";

    private final SecretsManagerClient client;
    private final CachedSecret<HmacSecretHasher> keys;
    private final Optional<CachedSecret<OriginValues>> origin;

    /** Reads nothing yet. Needs {@code config}'s HMAC secret id; the origin secret's is optional. */
    public RotatingSecrets(SecretsManagerClient client, AppConfig config, Clock clock, LogSink log) {
        this.client = client;
        String keysId = config.hmacSecretId().orElseThrow();
        keys = new CachedSecret<>("hmac-keys", () -> new HmacSecretHasher(HmacKeys.parse(current(keysId))), clock,
                config.secretsRefresh(), log);
        origin = config.originSecretId().map(id -> new CachedSecret<>("origin-verify",
                () -> OriginValues.of(current(id), previous(id)), clock, config.secretsRefresh(), log));
    }

    /** Registers with the runtime's CRaC context; the caller keeps this reachable (contexts may hold it weakly). */
    public RotatingSecrets registerForSnapshots() {
        Core.getGlobalContext().register(this);
        return this;
    }

    /**
     * Reads every secret now, so that one that cannot be read fails here.
     *
     * @throws RuntimeException the failure to read or parse a secret; its message quotes no value
     */
    public RotatingSecrets readNow() {
        keys.get();
        origin.ifPresent(CachedSecret::get);
        return this;
    }

    /** Hashes with the keys current at each call. */
    public SecretHasher hasher() {
        return new RefreshedSecretHasher(keys);
    }

    /** The origin check with the values valid at each call; empty when the stage has no origin secret. */
    public Optional<OriginSecret> origin() {
        return origin.map(values -> headerValue -> values.get().accepts(headerValue));
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        forgetAll();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Not read here: afterRestore has 10 seconds in all, and a slow Secrets Manager must not fail the
        // restore. The first request reads what it needs.
        forgetAll();
    }

    private void forgetAll() {
        keys.forget();
        origin.ifPresent(CachedSecret::forget);
    }

    private String current(String secretId) {
        return client.getSecretValue(r -> r.secretId(secretId).versionStage(CURRENT)).secretString();
    }

    /** The previous value; empty when there is none (a secret never rotated, or whose label was removed). */
    private Optional<String> previous(String secretId) {
        try {
            return Optional.of(client.getSecretValue(r -> r.secretId(secretId).versionStage(PREVIOUS)).secretString());
        } catch (ResourceNotFoundException noPreviousVersion) {
            return Optional.empty();
        }
    }
}
