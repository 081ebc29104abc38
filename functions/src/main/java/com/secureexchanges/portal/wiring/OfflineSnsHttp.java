package com.secureexchanges.portal.wiring;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * SNS answered in-process for an {@code SnsClient} ({@link OfflineHttp}): every call is accepted as a
 * {@code Publish} is, with a message id (SNS speaks the AWS Query protocol: a form posted, XML answered).
 * Calls are named by their {@code Action}.
 */
public final class OfflineSnsHttp extends OfflineHttp {

    private static final String PUBLISHED = "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
            + "<PublishResult><MessageId>priming</MessageId></PublishResult>"
            + "<ResponseMetadata><RequestId>priming</RequestId></ResponseMetadata></PublishResponse>";

    @Override
    Answer answer(SdkHttpRequest request, byte[] body) {
        String action = Arrays.stream(new String(body, StandardCharsets.UTF_8).split("&"))
                .filter(p -> p.startsWith("Action=")).findFirst()
                .map(p -> URLDecoder.decode(p.substring("Action=".length()), StandardCharsets.UTF_8)).orElse("");
        return new Answer(action, 200, "text/xml", PUBLISHED);
    }
}
