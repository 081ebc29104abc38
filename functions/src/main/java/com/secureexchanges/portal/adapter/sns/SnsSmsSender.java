package com.secureexchanges.portal.adapter.sns;

import com.secureexchanges.portal.adapter.ProviderFailures;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.port.SmsSender;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** SMS through SNS {@code Publish} to a phone number, as transactional messages (SPEC M3). */
public final class SnsSmsSender implements SmsSender {

    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";
    static final String SENDER_ID = "AWS.SNS.SMS.SenderID";

    private final SnsClient sns;
    private final Optional<String> senderId;

    public SnsSmsSender(SnsClient sns, Optional<String> senderId) {
        this.sns = sns;
        this.senderId = senderId;
    }

    @Override
    public void send(OutgoingSms sms) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put(SMS_TYPE, text("Transactional"));
        senderId.ifPresent(id -> attributes.put(SENDER_ID, text(id)));
        try {
            sns.publish(r -> r.phoneNumber(sms.to().value()).message(sms.text()).messageAttributes(attributes));
        } catch (SdkException e) {
            throw ProviderFailures.of("sms", e);
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
