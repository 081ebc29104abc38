package com.secureexchanges.portal.adapter.sns;

import com.secureexchanges.portal.adapter.ProviderFailures;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.port.SmsSender;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * SMS through SNS {@code Publish} to a phone number, as transactional messages (SPEC M3). Each SMS handed
 * over is counted as sent, each refused one as a failed delivery, wherever this sender runs.
 */
public final class SnsSmsSender implements SmsSender {

    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";
    static final String SENDER_ID = "AWS.SNS.SMS.SenderID";

    private final SnsClient sns;
    private final Optional<String> senderId;
    private final Metrics metrics;

    public SnsSmsSender(SnsClient sns, Optional<String> senderId, Metrics metrics) {
        this.sns = sns;
        this.senderId = senderId;
        this.metrics = metrics;
    }

    @Override
    public void send(OutgoingSms sms) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put(SMS_TYPE, text("Transactional"));
        senderId.ifPresent(id -> attributes.put(SENDER_ID, text(id)));
        try {
            sns.publish(r -> r.phoneNumber(sms.to().value()).message(sms.text()).messageAttributes(attributes));
        } catch (SdkException e) {
            metrics.deliveryFailed(Metric.SMS_FAILED);
            throw ProviderFailures.of("sms", e);
        }
        metrics.count(Metric.SMS_SENT);
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
