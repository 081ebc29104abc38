package com.secureexchanges.portal.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.devserver.DevServer;
import com.secureexchanges.portal.devserver.LocalDynamo;
import com.secureexchanges.portal.testing.LoopbackSecretsManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each function started from its own jar alone, as Lambda starts it (java -cp that jar): its handler built
 * by the production wiring against DynamoDB Local and a loopback Secrets Manager, and one request to each
 * of its routes answered without a class missing (a jar that lacks a class its handler loads fails here,
 * not in AWS). Runs in the package phase, after the shade plugin built the jars ({@code mvn verify},
 * {@code bash .ci/test}); a {@code *Check}, so the test phase, which runs before the jars exist, skips it.
 */
class FunctionJarsCheck {

    private static final TableNames TABLES = new TableNames("probe-directory", "probe-auth", "probe-sessions",
            "probe-events");
    private static LocalDynamo dynamo;
    private static LoopbackSecretsManager secrets;

    @TempDir
    static Path probeDir;

    @BeforeAll
    static void start() throws IOException {
        dynamo = LocalDynamo.start(null);
        DynamoTables.createMissing(dynamo.client(), TABLES);
        secrets = new LoopbackSecretsManager();
        secrets.put(LoopbackSecretsManager.KEYS, HmacKeys.generate());
        String probe = JarProbe.class.getName().replace('.', '/') + ".class";
        Path copy = probeDir.resolve(probe);
        Files.createDirectories(copy.getParent());
        try (var in = JarProbe.class.getClassLoader().getResourceAsStream(probe)) {
            Files.copy(in, copy);
        }
    }

    @AfterAll
    static void stop() {
        secrets.close();
        dynamo.close();
    }

    static Stream<FunctionSpec> functions() {
        return Routes.deployed().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void startsFromItsOwnJarAndAnswersEachRoute(FunctionSpec spec) throws Exception {
        Path jar = DevServer.repoRoot().resolve("functions/target").resolve(spec.artifact().fileName());
        assertTrue(Files.isRegularFile(jar), jar + " is built in the package phase");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", jar + java.io.File.pathSeparator + probeDir,
                JarProbe.class.getName(), spec.handlerClass()));
        List<Route> routes = Routes.all().stream().filter(r -> r.function().equals(spec)).toList();
        routes.forEach(r -> command.addAll(List.of(r.method(), r.path())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("TABLE_"));
        env.putAll(Map.of("SITE_URL", "https://portal.example.test", "MAIL_FROM", "no-reply@example.test",
                "HMAC_SECRET_ID", LoopbackSecretsManager.KEYS, "AWS_REGION", "ca-central-1",
                "AWS_ACCESS_KEY_ID", "probe", "AWS_SECRET_ACCESS_KEY", "probe",
                "AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint().toString(),
                "AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint().toString()));
        env.putAll(Map.of("TABLE_DIRECTORY", TABLES.directory(), "TABLE_AUTH", TABLES.auth(),
                "TABLE_SESSIONS", TABLES.sessions(), "TABLE_EVENTS", TABLES.events()));
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the probe ends");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(spec.id() + " from " + jar.getFileName() + ":\n" + output);
        assertFalse(output.contains("NoClassDefFoundError") || output.contains("ClassNotFoundException"), output);
        assertEquals(0, process.exitValue(), output);
        List<String> statuses = output.lines().filter(l -> l.startsWith("status ")).toList();
        assertEquals(routes.isEmpty() ? 1 : routes.size(), statuses.size(), output);
        for (String line : statuses) {
            int status = Integer.parseInt(line.split(" ")[1]);
            assertTrue(status < 500, "answered without a server error: " + line + "\n" + output);
        }
    }
}
