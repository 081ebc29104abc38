package com.secureexchanges.portal.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.bench.CountedPortal;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.devserver.LocalDynamo;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * DynamoDB throttling or out of reach during a request: the answer is {@code 503 service_unavailable}
 * (never a 500), nothing of the request is written and no email waits to be sent.
 */
class StoreFaultsTest {

    /** Throttles every write of a transaction, before it leaves the client, while armed. */
    private static final class Throttle implements ExecutionInterceptor {
        final AtomicBoolean armed = new AtomicBoolean();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (armed.get() && "TransactWriteItems".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
                throw ProvisionedThroughputExceededException.builder().message("throttled (test)").statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                                .errorMessage("throttled (test)").serviceName("DynamoDb").build())
                        .build();
            }
        }
    }

    private int items(CountedPortal p) {
        var dynamo = LocalDynamo.shared().client();
        return dynamo.scan(r -> r.tableName(p.tables.auth()).consistentRead(true)).count()
                + dynamo.scan(r -> r.tableName(p.tables.events()).consistentRead(true)).count();
    }

    @Test
    void throttlingDuringASignInRequest_answers503_andWritesNothing() {
        Throttle throttle = new Throttle();
        CountedPortal p = new CountedPortal(throttle);
        String body = "{\"email\":\"" + DemoData.ADMIN_EMAIL + "\",\"captchaId\":\""
                + p.call("GET", "/api/captcha", null).field("id") + "\",\"captchaAnswer\":\"" + CountedPortal.CAPTCHA + "\"}";
        int before = items(p);
        throttle.armed.set(true);
        var answer = p.call("POST", "/api/login/request", body).response();
        assertEquals(503, answer.getStatusCode());
        assertTrue(answer.getBody().contains("\"error\":\"service_unavailable\""), answer.getBody());
        assertEquals(before, items(p), "nothing written");
        assertEquals(0, p.mail.sent().size(), "no email");

        throttle.armed.set(false);
        assertEquals(202, p.call("POST", "/api/login/request", body).response().getStatusCode(),
                "sent again once DynamoDB answers: the captcha was not used up");
        assertEquals(1, p.mail.sent().size());
    }
}
