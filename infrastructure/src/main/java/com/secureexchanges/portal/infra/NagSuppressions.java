package com.secureexchanges.portal.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import java.util.List;
import software.amazon.awscdk.Stack;

/** The cdk-nag AwsSolutions findings this stack accepts, each with its reason. */
final class NagSuppressions {

    private NagSuppressions() {
    }

    /** @param cloudfront whether the site is behind CloudFront ({@code cloudfront=false}: see {@code ApiSite}) */
    static void apply(Stack stack, boolean cloudfront) {
        io.github.cdklabs.cdknag.NagSuppressions.addStackSuppressions(stack, cloudfront ? withCloudFront()
                : withoutCloudFront(), true);
    }

    private static List<NagPackSuppression> withCloudFront() {
        return List.of(
                rule("AwsSolutions-IAM4", "AWSLambdaBasicExecutionRole only lets a function write its own logs."),
                rule("AwsSolutions-IAM5", "Wildcards left: sns:Publish on * for the functions that text (SMS to "
                        + "phone numbers have no ARN; an explicit deny on arn:aws:sns:*:*:* keeps every topic and "
                        + "endpoint out, and the spend limit bounds it), sns:SetSMSAttributes (account-level "
                        + "setting), and the S3 object wildcards of CDK's own deployment and auto-delete functions "
                        + "on the site bucket. DynamoDB grants name their tables and indexes one by one."),
                rule("AwsSolutions-L1", "java21 is the runtime the portal targets (SPEC 0); the other functions "
                        + "are CDK's own deployment and custom-resource handlers, whose runtime CDK chooses."),
                rule("AwsSolutions-APIG4", "Authorization is the functions' job: every non-public route checks "
                        + "the session cookie (keyed hash in DynamoDB); the login routes are public by design."),
                rule("AwsSolutions-SQS3", "The deliveries queue is itself a dead-letter queue: the on-failure "
                        + "destination of the auth stream's event source mapping (cdk-nag sees no redrive policy "
                        + "pointing at it because Lambda, not another queue, sends to it)."),
                rule("AwsSolutions-COG4", "The portal has its own passwordless sessions; there is no Cognito."),
                rule("AwsSolutions-APIG2", "Every handler validates its input and answers 4xx with a stable error "
                        + "id (SPEC X2); API Gateway models would only duplicate that."),
                rule("AwsSolutions-APIG6", "Execution logging would record request bodies, which hold sign-in "
                        + "tokens and SMS codes; it is off on purpose. Access logging is on."),
                rule("AwsSolutions-SMG4", "Both secrets rotate by hand, in steps with waits between them (README, "
                        + "\"Rotating secrets\"): a new HMAC key first, the old one retired after 12 hours; a new "
                        + "origin value, then CloudFront updated. A scheduled rotation function could not wait."),
                rule("AwsSolutions-S1", "The bucket holds only the public static site, read solely by CloudFront."),
                rule("AwsSolutions-CFR3", "Static file requests need no access log; API requests are logged by "
                        + "API Gateway's access log. Operators can turn CloudFront logging on per stage."),
                rule("AwsSolutions-DDB3", "Only the directory and events tables hold lasting data, and they have "
                        + "point-in-time recovery; auth and sessions hold minutes-to-hours of state that TTL purges."),
                rule("AwsSolutions-CFR1", "The portal serves customers worldwide; no country is excluded."),
                rule("AwsSolutions-CFR2", "Per-IP limits are enforced by the functions and the API stage is "
                        + "throttled; a WAF web ACL is an operator's choice per stage (cost)."),
                rule("AwsSolutions-APIG3", "As CFR2: per-IP limits in the functions, stage throttling on the API."),
                rule("AwsSolutions-CFR4", "Without a custom domain CloudFront's default certificate sets the TLS "
                        + "policy; with one (context domainName), TLS 1.2 (2021) is the minimum."));
    }

    /**
     * The same reasons where the finding is the same; none about CloudFront, which is absent; the bucket's
     * and the WAF's reasons said for API Gateway, which serves the site in this variant.
     */
    private static List<NagPackSuppression> withoutCloudFront() {
        return withCloudFront().stream().filter(s -> !s.getId().startsWith("AwsSolutions-CFR"))
                .map(s -> switch (s.getId()) {
                    case "AwsSolutions-S1" -> rule("AwsSolutions-S1", "cloudfront=false: the bucket holds only the "
                            + "public static site, read solely by API Gateway's role; API Gateway's access log "
                            + "records every request for it.");
                    case "AwsSolutions-APIG3" -> rule("AwsSolutions-APIG3", "cloudfront=false is for emulators, "
                            + "which have no WAF; per-IP limits are in the functions and the stage is throttled.");
                    default -> s;
                }).toList();
    }

    static NagPackSuppression rule(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }
}
