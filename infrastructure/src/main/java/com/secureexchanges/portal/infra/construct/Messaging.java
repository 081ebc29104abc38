package com.secureexchanges.portal.infra.construct;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.customresources.SdkCallsPolicyOptions;
import software.amazon.awscdk.services.ses.ConfigurationSet;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;
import software.constructs.Construct;

/**
 * Outgoing mail and SMS: the SES identity of the sender, a configuration set for sign-in mail with
 * no open or click tracking (nothing rewrites the links), and the account's SMS defaults:
 * transactional messages and a monthly spend limit.
 */
public final class Messaging extends Construct {

    public record Props(String stage, String mailFrom, int smsMonthlySpendLimitUsd) {
    }

    private final EmailIdentity identity;
    private final ConfigurationSet signInMail;

    public Messaging(Construct scope, String id, Props props) {
        super(scope, id);
        identity = EmailIdentity.Builder.create(this, "Sender").identity(Identity.email(props.mailFrom())).build();
        signInMail = ConfigurationSet.Builder.create(this, "SignInMail")
                .configurationSetName("portal-" + props.stage() + "-sign-in")
                .build();
        // Ordered: the call is serialised into the template, which must be the same at every synth.
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("DefaultSMSType", "Transactional");
        attributes.put("MonthlySpendLimit", Integer.toString(props.smsMonthlySpendLimitUsd()));
        AwsSdkCall setDefaults = AwsSdkCall.builder()
                .service("SNS")
                .action("setSMSAttributes")
                .parameters(Map.of("attributes", attributes))
                .physicalResourceId(PhysicalResourceId.of("portal-" + props.stage() + "-sms-defaults"))
                .build();
        AwsCustomResource.Builder.create(this, "SmsDefaults")
                .onCreate(setDefaults)
                .onUpdate(setDefaults)
                .policy(AwsCustomResourcePolicy.fromSdkCalls(SdkCallsPolicyOptions.builder()
                        .resources(AwsCustomResourcePolicy.ANY_RESOURCE).build()))
                .installLatestAwsSdk(false)
                .build();
    }

    public EmailIdentity identity() {
        return identity;
    }

    public ConfigurationSet signInMail() {
        return signInMail;
    }
}
