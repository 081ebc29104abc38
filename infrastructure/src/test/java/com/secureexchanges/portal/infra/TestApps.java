package com.secureexchanges.portal.infra;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/** CDK apps for the stack tests, with the feature flags of cdk.json, which JUnit does not read. */
final class TestApps {

    private TestApps() {
    }

    /** An app whose context is cdk.json's feature flags (they change the template) plus {@code context}. */
    static App withContext(Map<String, Object> context) {
        Map<String, Object> all = new HashMap<>(featureFlagsOfCdkJson());
        all.putAll(context);
        return new App(AppProps.builder().context(all).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> featureFlagsOfCdkJson() {
        try {
            var file = StageConfig.findRoot().resolve("cdk.json").toFile();
            Map<String, Object> cdkJson = new ObjectMapper().readValue(file, Map.class);
            Map<String, Object> flags = new HashMap<>((Map<String, Object>) cdkJson.get("context"));
            flags.keySet().removeIf(key -> !key.startsWith("@aws-cdk/"));
            assertTrue(flags.containsKey("@aws-cdk/aws-iam:minimizePolicies"), "cdk.json's feature flags: " + flags);
            return flags;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
