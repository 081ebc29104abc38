package com.secureexchanges.portal.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Routes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The one shaded jar every function runs from (BUILD-NOTES: Lambda jar). */
class LambdaJarTest {

    @Test
    void holdsTheHandlersAndTheUrlConnectionClient_andNoOtherHttpClientOrTestTool() throws IOException {
        try (JarFile jar = new JarFile(StageConfig.findJar().toFile())) {
            for (FunctionSpec spec : Routes.functions()) {
                assertNotNull(jar.getEntry(spec.handlerClass().replace('.', '/') + ".class"), spec.handlerClass());
            }
            assertNotNull(jar.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"));
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
}
