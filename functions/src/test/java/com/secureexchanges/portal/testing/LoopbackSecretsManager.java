package com.secureexchanges.portal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.adapter.secretsmanager.RotatingSecrets;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.LogSink;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Secrets Manager's {@code GetSecretValue} on loopback, spoken over its JSON protocol so that the real SDK
 * client talks to it ({@link #client()}). Versions move between staging labels as in Secrets Manager: a
 * new value becomes {@code AWSCURRENT}, the one it replaces {@code AWSPREVIOUS}, the one before loses its
 * label. It can also fail every call, as during an outage.
 */
public final class LoopbackSecretsManager implements AutoCloseable {

    /** The names of the two secrets of a stage, as the CDK stack names them. */
    public static final String KEYS = "portal-test-hmac-keys";
    public static final String ORIGIN = "portal-test-origin-verify";

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Version(String id, String value, Set<String> stages) {
    }

    private final HttpServer server;
    private final Map<String, List<Version>> secrets = new LinkedHashMap<>();
    private final List<String> reads = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    public LoopbackSecretsManager() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where it listens, for a function in another JVM ({@code AWS_ENDPOINT_URL_SECRETS_MANAGER}). */
    public URI endpoint() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** An SDK client of this endpoint: the one production builds, pointed here, without retries. */
    public SecretsManagerClient client() {
        return SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint())
                .region(Region.CA_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /**
     * A function's configuration in AWS, naming {@link #KEYS} and {@link #ORIGIN} as its secrets, re-read
     * every minute (shorter than a code's life, so that tests can rotate keys during a sign-in).
     */
    public static AppConfig lambdaConfig() {
        return AppConfig.lambda(Map.of("SITE_URL", "https://portal.example.test", "TABLE_DIRECTORY", "d",
                "TABLE_AUTH", "a", "TABLE_SESSIONS", "s", "TABLE_EVENTS", "e", "MAIL_FROM", "no-reply@example.test",
                "HMAC_SECRET_ID", KEYS, "ORIGIN_SECRET_ID", ORIGIN, AppConfig.SECRETS_REFRESH_SECONDS, "60"));
    }

    /**
     * Creates the stage's secrets with these values, and the secrets of a function of {@link #lambdaConfig()},
     * read through {@link #client()} as in Lambda.
     */
    public RotatingSecrets deploy(String keys, String originValue, Clock clock, LogSink log) {
        put(KEYS, keys);
        put(ORIGIN, originValue);
        return new RotatingSecrets(client(), lambdaConfig(), clock, log);
    }

    /** Stores a new value of {@code name} (creating the secret), as {@code put-secret-value} does; its version id. */
    public synchronized String put(String name, String value) {
        List<Version> versions = secrets.computeIfAbsent(name, n -> new ArrayList<>());
        versions.forEach(v -> v.stages().remove("AWSPREVIOUS"));
        versions.stream().filter(v -> v.stages().remove("AWSCURRENT")).forEach(v -> v.stages().add("AWSPREVIOUS"));
        String id = UUID.randomUUID().toString();
        versions.add(new Version(id, value, new HashSet<>(Set.of("AWSCURRENT"))));
        return id;
    }

    /** Takes {@code AWSPREVIOUS} off the version that has it, as {@code update-secret-version-stage} can. */
    public synchronized void removePrevious(String name) {
        secrets.getOrDefault(name, List.of()).forEach(v -> v.stages().remove("AWSPREVIOUS"));
    }

    /** From now on every call fails with a server error (or works again). */
    public void failing(boolean fail) {
        failing = fail;
    }

    /** The reads so far, as "secret-id stage". */
    public List<String> reads() {
        return List.copyOf(reads);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String name = request.path("SecretId").asText();
            String stage = request.path("VersionStage").asText("AWSCURRENT");
            reads.add(name + " " + stage);
            if (failing) {
                respond(exchange, 500, Map.of("__type", "InternalServiceError", "Message", "unavailable"));
            } else if (!"secretsmanager.GetSecretValue".equals(target)) {
                respond(exchange, 400, Map.of("__type", "InvalidRequestException", "Message", "not served: " + target));
            } else {
                Optional<Version> found = find(name, stage);
                if (found.isEmpty()) {
                    respond(exchange, 400, Map.of("__type", "ResourceNotFoundException", "Message",
                            "Secrets Manager can't find the specified secret value for staging label: " + stage));
                } else {
                    respond(exchange, 200, Map.of("ARN", "arn:aws:secretsmanager:ca-central-1:1:secret:" + name,
                            "Name", name, "VersionId", found.get().id(), "SecretString", found.get().value(),
                            "VersionStages", List.copyOf(found.get().stages()), "CreatedDate", 1.7e9));
                }
            }
        }
    }

    private synchronized Optional<Version> find(String name, String stage) {
        return secrets.getOrDefault(name, List.of()).stream().filter(v -> v.stages().contains(stage)).findFirst();
    }

    private static void respond(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
