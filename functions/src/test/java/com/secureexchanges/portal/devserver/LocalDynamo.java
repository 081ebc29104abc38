package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.adapter.dynamodb.DynamoRetries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** DynamoDB Local, the real engine, running inside this JVM. */
public final class LocalDynamo implements AutoCloseable {

    private static LocalDynamo shared;

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private LocalDynamo(Path dataDir) {
        int port = freePort();
        String[] args = dataDir == null
                ? new String[] {"-inMemory", "-sharedDb", "-port", Integer.toString(port), "-disableTelemetry"}
                : new String[] {"-dbPath", dataDir.toString(), "-sharedDb", "-port", Integer.toString(port),
                    "-disableTelemetry"};
        try {
            if (dataDir != null) {
                Files.createDirectories(dataDir);
            }
            server = ServerRunner.createServerFromCommandLineArgs(args);
            bindToLoopback(server);
            server.start();
            if (dataDir != null) {
                ownerOnly(dataDir);
            }
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * DynamoDB Local has no option to choose its interface and listens on all of them, without
     * authentication: anyone on the network could rewrite the local portal's data (security review,
     * finding 7). Its Jetty connector is told to listen on loopback only, before it starts.
     */
    private static void bindToLoopback(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        Server jetty = (Server) field.get(proxy);
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(InetAddress.getLoopbackAddress().getHostAddress());
            }
        }
    }

    /** The data folder and its files readable by their owner only (on file systems that have POSIX modes). */
    private static void ownerOnly(Path dataDir) throws IOException {
        if (!dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "rwx------" : "rw-------"));
            }
        }
    }

    /** The port it listens on, on loopback. */
    public int port() {
        return endpoint.getPort();
    }

    /** A server keeping its data in {@code dataDir}, or in memory when it is null. */
    public static LocalDynamo start(Path dataDir) {
        return new LocalDynamo(dataDir);
    }

    /** One in-memory server per test JVM. */
    public static synchronized LocalDynamo shared() {
        if (shared == null) {
            shared = new LocalDynamo(null);
        }
        return shared;
    }

    /** A client of this engine; the interceptors see every call it makes (what tests count or check). */
    public DynamoDbClient client(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> DynamoRetries.onTheRequestPath(c).executionInterceptors(List.of(interceptors)))
                .build();
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        if (this == shared) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
