package com.secureexchanges.portal.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.handler.RequestLoginHandler;
import com.secureexchanges.portal.wiring.Portal;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Run in a fresh JVM by {@link PerformanceReport}: wires the request-login handler the way Lambda's
 * init would (over DynamoDB at the given endpoint), answers one sample event and prints how long
 * that took from the JVM's start. Arguments: endpoint, table prefix, key file, event file.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(URI.create(args[0]))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        AppConfig config = AppConfig.local(Map.of(), CountedPortal.SITE, TableNames.prefixed(args[1]));
        Portal portal = Portal.onDynamo(config, Clock.systemUTC(), dynamo, email -> { }, sms -> { },
                HmacKeys.parse(Files.readString(Path.of(args[2]))), line -> { });
        RequestLoginHandler handler = new RequestLoginHandler(portal);
        long initDone = System.currentTimeMillis();
        APIGatewayProxyRequestEvent event = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(Files.readString(Path.of(args[3])), APIGatewayProxyRequestEvent.class);
        long before = System.nanoTime();
        int status = handler.handleRequest(event, null).getStatusCode();
        long handlerMs = (System.nanoTime() - before) / 1_000_000;
        long firstResponse = System.currentTimeMillis() - jvmStart;
        long before2 = System.nanoTime();
        handler.handleRequest(event, null);
        long warmMs = (System.nanoTime() - before2) / 1_000_000;
        System.out.println("status=" + status + " firstResponseMs=" + firstResponse + " initMs=" + (initDone - jvmStart)
                + " firstHandlerMs=" + handlerMs + " secondHandlerMs=" + warmMs);
    }
}
