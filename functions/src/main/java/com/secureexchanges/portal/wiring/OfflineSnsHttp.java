package com.secureexchanges.portal.wiring;

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
        return new Answer(queryAction(body), 200, "text/xml", PUBLISHED);
    }
}
