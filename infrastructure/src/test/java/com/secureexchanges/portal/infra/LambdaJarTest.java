package com.secureexchanges.portal.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.Artifact;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Library;
import com.secureexchanges.portal.config.Routes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shaded jars the functions run from (BUILD-NOTES: Lambda jar). */
class LambdaJarTest {

    @ParameterizedTest
    @EnumSource(Artifact.class)
    void holdsItsHandlersAndTheUrlConnectionClient_andNoOtherHttpClientOrTestTool(Artifact artifact)
            throws IOException {
        try (JarFile jar = new JarFile(StageConfig.findJar(artifact).toFile())) {
            for (FunctionSpec spec : Routes.deployed().stream().filter(f -> f.artifact() == artifact).toList()) {
                assertNotNull(jar.getEntry(spec.handlerClass().replace('.', '/') + ".class"), spec.handlerClass());
            }
            assertNotNull(jar.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"));
            assertNotNull(jar.getEntry("org/crac/Resource.class"), "the SnapStart hooks that re-read the secrets");
            var names = jar.stream().map(e -> e.getName()).toList();
            assertFalse(names.stream().anyMatch(n -> n.startsWith("software/amazon/awssdk/http/apache")));
            assertFalse(names.stream().anyMatch(n -> n.startsWith("io/netty/")));
            assertFalse(names.stream().anyMatch(n -> n.contains("dynamodb/services/local")), "DynamoDB Local");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("com/microsoft/playwright")), "Playwright");
            assertFalse(names.stream().anyMatch(n -> n.contains("/devserver/")), "the dev server");
            var services = jar.getEntry("META-INF/services/software.amazon.awssdk.http.SdkHttpService");
            assertNotNull(services, "the SDK's service files survive shading");
            String text = new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("UrlConnectionSdkHttpService"), text);
        }
    }

    /**
     * Each jar holds exactly its optional libraries (SES alone is 1.8 MB, Guava 3 MB), never Joda-Time, and
     * of the Lambda event types only those the functions take.
     */
    @ParameterizedTest
    @EnumSource(Artifact.class)
    void holdsExactlyItsOptionalLibraries(Artifact artifact) throws IOException {
        try (JarFile jar = new JarFile(StageConfig.findJar(artifact).toFile())) {
            for (Library library : Library.values()) {
                assertEquals(artifact.libraries().contains(library), jar.getEntry(library.marker()) != null,
                        artifact + " and " + library);
            }
            assertEquals(artifact.libraries().contains(Library.DNS),
                    jar.getEntry("com/google/thirdparty/publicsuffix/PublicSuffixPatterns.class") != null);
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/joda/")), "Joda-Time");
            assertNotNull(jar.getEntry("com/amazonaws/services/lambda/runtime/events/APIGatewayProxyRequestEvent.class"));
            assertNull(jar.getEntry("com/amazonaws/services/lambda/runtime/events/S3Event.class"));
            assertNotNull(jar.getEntry("com/amazonaws/services/lambda/runtime/events/DynamodbEvent.class"),
                    "the deliveries function's stream batches");
        }
    }

    /** A function's jar holds the mail and SMS clients exactly when it sends mail and SMS. */
    @Test
    void everyFunctionRunsFromTheJarWithTheClientsItUses() {
        for (FunctionSpec spec : Routes.deployed()) {
            assertEquals(spec.sendsMail(), spec.artifact().libraries().contains(Library.SES), spec.id());
            assertEquals(spec.sendsSms(), spec.artifact().libraries().contains(Library.SNS), spec.id());
        }
        assertEquals(List.of(Routes.DOMAINS), Routes.deployed().stream()
                .filter(f -> f.artifact().libraries().contains(Library.DNS)).toList(), "only the domain function queries DNS");
        assertEquals(List.of(Routes.EVENTS, Routes.USERS), Routes.deployed().stream()
                .filter(f -> f.artifact().libraries().contains(Library.CSV)).toList(), "the export and the import");
    }
}
