package com.secureexchanges.portal.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.bench.ArtifactSizes;
import com.secureexchanges.portal.config.Artifact;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    static Stream<Artifact> artifacts() {
        return Stream.of(Artifact.values());
    }

    /**
     * The jars leave out the asynchronous half of the SDK's clients (see the shade plugin's filters): every SDK
     * class the portal's own classes name must be in the jar, or a call would fail in AWS only when it ran. A
     * service the jar does not hold at all (SES outside the deliveries function) is {@code LambdaJarTest}'s
     * concern: its classes are named only by code that function runs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("artifacts")
    void everySdkClassThePortalNames_isInTheJar(Artifact artifact) throws IOException {
        Path jar = DevServer.repoRoot().resolve("functions/target").resolve(artifact.fileName());
        Pattern named = Pattern.compile("software/amazon/awssdk/[A-Za-z0-9_/$]+");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.getName().startsWith("com/secureexchanges/portal/") || !entry.getName().endsWith(".class")) {
                    continue;
                }
                String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                Matcher m = named.matcher(text);
                while (m.find()) {
                    checked++;
                    if (zip.getEntry(m.group() + ".class") == null && holdsPartOf(zip, m.group())) {
                        missing.add(entry.getName() + " names " + m.group());
                    }
                }
            }
        }
        assertTrue(checked > 100, "the portal's classes name SDK classes: " + checked);
        assertEquals(List.of(), missing);
    }

    /**
     * Issue 12's goal for the deployment artifacts, a size (bytes, 1 MB = 10^6): every jar at most 12 MB, the hot
     * sign-in functions' jar the smallest. {@code bash .ci/bench} prints each function's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("artifacts")
    void isWithinTheSizeGoal_andTheSignInJarIsTheSmallest(Artifact artifact) throws IOException {
        Path target = DevServer.repoRoot().resolve("functions/target");
        long size = Files.size(target.resolve(artifact.fileName()));
        assertTrue(size <= ArtifactSizes.GOAL_BYTES, artifact.fileName() + ": " + size + " bytes");
        if (artifact != Artifact.BASE) {
            assertTrue(Files.size(target.resolve(Artifact.BASE.fileName())) < size, artifact.fileName());
        }
    }

    /**
     * Issue 12, item 1: the naive baseline lives in the benchmark sources, never in a Lambda jar; nor does the
     * local portal's wiring (its stream reader) or any test helper.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("artifacts")
    void holdsNoBenchmarkLocalPortalOrTestClass(Artifact artifact) throws IOException {
        Path jar = DevServer.repoRoot().resolve("functions/target").resolve(artifact.fileName());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> foreign = zip.stream().map(ZipEntry::getName)
                    .filter(name -> name.matches("com/secureexchanges/portal/(bench|devserver|testing|browser)/.*")
                            || name.contains("DynamoDeliveryStream"))
                    .toList();
            assertTrue(zip.getEntry("com/secureexchanges/portal/handler/RequestLoginHandler.class") != null);
            assertEquals(List.of(), foreign);
        }
    }

    /** Whether the jar holds the service a class belongs to (any SDK class outside a service: always). */
    private static boolean holdsPartOf(ZipFile zip, String className) {
        Matcher service = Pattern.compile("software/amazon/awssdk/services/[^/]+/").matcher(className);
        if (!service.lookingAt()) {
            return true;
        }
        return zip.getEntry(service.group()) != null || zip.stream().anyMatch(e -> e.getName().startsWith(service.group()));
    }
}
