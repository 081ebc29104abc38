package com.secureexchanges.portal.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.Artifact;
import com.secureexchanges.portal.config.FunctionSpec;
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
            for (FunctionSpec spec : Routes.functions().stream().filter(f -> f.artifact() == artifact).toList()) {
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

    /** dnsjava and Guava (about 3 MB) only where DNS is queried: the sign-in functions load less. */
    @Test
    void onlyTheDnsFunctionsJar_holdsDnsjavaAndThePublicSuffixList() throws IOException {
        try (JarFile core = new JarFile(StageConfig.findJar(Artifact.CORE).toFile());
             JarFile dns = new JarFile(StageConfig.findJar(Artifact.DNS).toFile())) {
            assertFalse(core.stream().anyMatch(e -> e.getName().startsWith("com/google/common/")));
            assertFalse(core.stream().anyMatch(e -> e.getName().startsWith("org/xbill/")));
            assertNotNull(dns.getEntry("org/xbill/DNS/SimpleResolver.class"));
            assertNotNull(dns.getEntry("com/google/common/net/InternetDomainName.class"));
            assertNotNull(dns.getEntry("com/google/thirdparty/publicsuffix/PublicSuffixPatterns.class"));
        }
        assertEquals(List.of(Routes.DOMAINS), Routes.functions().stream()
                .filter(f -> f.artifact() == Artifact.DNS).toList(), "only the domain function queries DNS");
    }
}
