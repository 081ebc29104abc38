package com.secureexchanges.portal.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.SiteHeaders;
import com.secureexchanges.portal.config.TableAccess;
import com.secureexchanges.portal.config.Tables;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The synthesized template, checked with {@link Template} assertions (one synth for the class). */
class PortalStackTest {

    private static PortalStack stack;
    private static Template template;

    @BeforeAll
    static void synth() {
        App app = new App(AppProps.builder().context(Map.of("stage", "test", "adminEmail", "ops@example.com",
                "@aws-cdk/aws-iam:minimizePolicies", true,
                "@aws-cdk/aws-apigateway:disableCloudWatchRole", true)).build());
        stack = new PortalStack(app, "PortalTest", StackProps.builder()
                .env(Environment.builder().account("123456789012").region("ca-central-1").build()).build(),
                StageConfig.fromContext(app.getNode()::tryGetContext));
        Aspects.of(app).add(new AwsSolutionsChecks());
        template = Template.fromStack(stack);
    }

    @Test
    void cdkNag_awsSolutions_hasNoUnsuppressedError() {
        List<String> errors = Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))
                .stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void tables_matchTheCodesDefinitions() {
        template.resourceCountIs("AWS::DynamoDB::Table", Tables.all().size());
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TableName", "portal-test-auth",
                "BillingMode", "PAY_PER_REQUEST",
                "TimeToLiveSpecification", Map.of("AttributeName", Tables.PURGE_AT, "Enabled", true),
                "SSESpecification", Map.of("SSEEnabled", true)));
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TableName", "portal-test-sessions",
                "GlobalSecondaryIndexes", List.of(Match.objectLike(Map.of("IndexName", "byUser")))));
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of("TableName", "portal-test-auth",
                "DeletionProtectionEnabled", false));
        template.hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("TableName", "portal-test-directory",
                        "DeletionProtectionEnabled", true))));
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TableName", "portal-test-directory",
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"),
                        Map.of("AttributeName", "sk", "KeyType", "RANGE"))));
    }

    @Test
    void everyFunction_isJava21OnArm64_withSnapStartAndJsonLogs() {
        assertEquals(Routes.functions().size(), template.findResources("AWS::Lambda::Function",
                Map.of("Properties", Map.of("Runtime", "java21"))).size(), "one java21 function per route family");
        for (FunctionSpec spec : Routes.functions()) {
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "portal-test-" + spec.id(),
                    "Handler", spec.handlerClass() + "::handleRequest",
                    "Runtime", "java21",
                    "Architectures", List.of("arm64"),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON")),
                    "MemorySize", 1024));
        }
        template.resourceCountIs("AWS::Lambda::Alias", Routes.functions().size());
    }

    /** Read from the template itself: every method's path rebuilt from its resource's parents. */
    @Test
    @SuppressWarnings("unchecked")
    void theApiServesExactlyTheRoutesOfTheCode_inBothDirections() {
        Map<String, Map<String, Object>> resources = template.findResources("AWS::ApiGateway::Resource");
        Map<String, Map<String, Object>> methods = template.findResources("AWS::ApiGateway::Method");
        Set<String> deployed = methods.values().stream().map(m -> {
            Map<String, Object> props = (Map<String, Object>) m.get("Properties");
            Object resourceId = props.get("ResourceId");
            return props.get("HttpMethod") + " " + path(resources, resourceId);
        }).collect(Collectors.toSet());
        Set<String> code = Routes.all().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        assertEquals(code, deployed, "routes in the code and in the API");
        for (Map<String, Object> method : methods.values()) {
            Map<String, Object> integration = (Map<String, Object>) ((Map<String, Object>) method.get("Properties"))
                    .get("Integration");
            assertEquals("AWS_PROXY", integration.get("Type"));
        }
    }

    @SuppressWarnings("unchecked")
    private static String path(Map<String, Map<String, Object>> resources, Object resourceId) {
        if (!(resourceId instanceof Map<?, ?> ref) || !ref.containsKey("Ref")) {
            return "";
        }
        Map<String, Object> props = (Map<String, Object>) resources.get(ref.get("Ref")).get("Properties");
        return path(resources, props.get("ParentId")) + "/" + props.get("PathPart");
    }

    @Test
    void onlyTheLoginRequestFunction_maySendMail() {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy");
        List<String> sesPolicies = policies.entrySet().stream()
                .filter(e -> actions(e.getValue()).contains("ses:SendEmail"))
                .map(Map.Entry::getKey).toList();
        assertEquals(1, sesPolicies.size(), "policies with ses:SendEmail: " + sesPolicies);
        assertTrue(sesPolicies.getFirst().startsWith("Functions" + Routes.REQUEST_LOGIN.id()), sesPolicies.getFirst());
        for (Map<String, Object> policy : policies.values()) {
            assertTrue(actions(policy).stream().noneMatch(a -> a.equals("dynamodb:*") || a.equals("*")));
        }
    }

    @Test
    void onlyTheFunctionsThatText_mayPublishSms() {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy");
        Set<String> texting = policies.entrySet().stream()
                .filter(e -> actions(e.getValue()).contains("sns:Publish"))
                .map(e -> e.getKey().replaceFirst("^Functions", "").replaceFirst("ServiceRole.*$", ""))
                .collect(Collectors.toSet());
        Set<String> expected = Routes.functions().stream().filter(FunctionSpec::sendsSms).map(FunctionSpec::id)
                .collect(Collectors.toSet());
        assertEquals(expected, texting);
    }

    @Test
    void theSite_isAPrivateBucketBehindCloudFront_withTheApiUncachedAtApi() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("PublicAccessBlockConfiguration", Map.of(
                "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                "RestrictPublicBuckets", true)));
        template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(
                Map.of("DefaultRootObject", "index.html",
                        "CacheBehaviors", List.of(Match.objectLike(Map.of(
                                "PathPattern", "/api/*",
                                "AllowedMethods", List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"),
                                "CachePolicyId", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
                                "ViewerProtocolPolicy", "https-only"))),
                        "Origins", Match.arrayWith(List.of(Match.objectLike(Map.of(
                                "OriginPath", "/test",
                                "OriginCustomHeaders", List.of(Map.of("HeaderName", "X-Origin-Verify",
                                        "HeaderValue", Match.anyValue())),
                                "CustomOriginConfig", Match.objectLike(Map.of("OriginProtocolPolicy", "https-only"))))))))));
        template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Map.of("ResponseHeadersPolicyConfig",
                Match.objectLike(Map.of("SecurityHeadersConfig", Map.of(
                        "ContentSecurityPolicy", Map.of("ContentSecurityPolicy", SiteHeaders.CONTENT_SECURITY_POLICY,
                                "Override", true),
                        "StrictTransportSecurity", Match.objectLike(Map.of("AccessControlMaxAgeSec",
                                SiteHeaders.HSTS_MAX_AGE_SECONDS, "IncludeSubdomains", true)),
                        "ContentTypeOptions", Map.of("Override", true),
                        "ReferrerPolicy", Map.of("ReferrerPolicy", "no-referrer", "Override", true),
                        "FrameOptions", Map.of("FrameOption", "DENY", "Override", true))))));
        template.hasResourceProperties("AWS::CloudFront::OriginRequestPolicy", Map.of("OriginRequestPolicyConfig",
                Match.objectLike(Map.of("CookiesConfig", Map.of("CookieBehavior", "all"),
                        "HeadersConfig", Map.of("HeaderBehavior", "whitelist", "Headers", Match.arrayWith(List.of(
                                "Origin", "Accept-Language", "CloudFront-Viewer-Address")))))));
        template.hasResourceProperties("Custom::CDKBucketDeployment", Match.objectLike(Map.of(
                "SourceMarkers", Match.arrayWith(List.of(Match.objectLike(Map.of()))))));
    }

    @Test
    void everyFunction_readsTheKeySecret_andNothingElseMay() {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy");
        long readers = policies.values().stream().filter(p -> actions(p).contains("secretsmanager:GetSecretValue"))
                .count();
        assertEquals(Routes.functions().stream().filter(FunctionSpec::readsKeys).count(), readers);
        template.resourceCountIs("AWS::SecretsManager::Secret", 2);
        template.hasResourceProperties("AWS::SecretsManager::Secret", Map.of("GenerateSecretString",
                Map.of("ExcludePunctuation", true, "IncludeSpace", false, "PasswordLength", 64)));
    }

    @Test
    void signInMail_goesThroughItsOwnConfigurationSet_andSmsHasASpendLimit() {
        template.hasResourceProperties("AWS::SES::ConfigurationSet", Map.of("Name", "portal-test-sign-in"));
        template.hasResourceProperties("AWS::SES::EmailIdentity", Map.of("EmailIdentity", "no-reply@example.com"));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "portal-test-RequestLogin",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("SES_CONFIGURATION_SET", Match.anyValue(),
                        "SITE_URL", Match.anyValue())))));
        template.hasResourceProperties("Custom::AWS", Map.of("Create", Match.stringLikeRegexp(
                ".*setSMSAttributes.*DefaultSMSType.*Transactional.*MonthlySpendLimit.*10.*")));
    }

    @Test
    void alarms_watchTheApiTheFunctionsTheTablesAndSmsSpend() {
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "5XXError",
                "Namespace", "AWS/ApiGateway"));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "SMSMonthToDateSpentUSD",
                "Threshold", 8));
        assertEquals(Routes.functions().size(), template.findResources("AWS::CloudWatch::Alarm",
                Map.of("Properties", Map.of("MetricName", "Errors"))).size());
        assertEquals(Routes.functions().size(), template.findResources("AWS::CloudWatch::Alarm",
                Map.of("Properties", Map.of("MetricName", "Throttles"))).size());
        assertEquals(Tables.all().size(), template.findResources("AWS::CloudWatch::Alarm",
                Map.of("Properties", Map.of("MetricName", "ThrottledRequests"))).size());
        template.hasResourceProperties("AWS::SNS::Topic", Map.of("TopicName", "portal-test-alarms"));
    }

    /** Least privilege on data: a function writes only the tables its FunctionSpec says it writes. */
    @Test
    @SuppressWarnings("unchecked")
    void everyFunction_writesOnlyTheTablesItNeeds_andReadsNoOther() {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy");
        for (FunctionSpec spec : Routes.functions()) {
            var policy = policies.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("Functions" + spec.id() + "ServiceRole")).findFirst()
                    .orElseThrow().getValue();
            var document = (Map<String, Object>) ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument");
            Set<String> written = new java.util.TreeSet<>();
            Set<String> touched = new java.util.TreeSet<>();
            for (Map<String, Object> statement : (List<Map<String, Object>>) document.get("Statement")) {
                List<String> acts = statement.get("Action") instanceof List<?> l ? l.stream().map(Object::toString)
                        .toList() : List.of(statement.get("Action").toString());
                if (acts.stream().noneMatch(a -> a.startsWith("dynamodb:"))) {
                    continue;
                }
                boolean writes = acts.stream().anyMatch(a -> a.matches("dynamodb:(Put|Update|Delete|BatchWrite).*"));
                Object resource = statement.get("Resource");
                assertTrue(!"*".equals(resource) && !(resource instanceof List<?> list && list.contains("*")),
                        spec.id() + " has DynamoDB actions on *");
                for (String table : tablesIn(statement.get("Resource"))) {
                    touched.add(table);
                    if (writes) {
                        written.add(table);
                    }
                }
            }
            Set<String> expectedWrites = spec.tables().stream().filter(TableAccess::write).map(a -> a.table().id())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            Set<String> expectedAll = spec.tables().stream().map(a -> a.table().id())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            assertEquals(expectedWrites, written, spec.id() + " writes");
            assertEquals(expectedAll, touched, spec.id() + " touches");
        }
    }

    /** The table ids ("auth") named by a statement's resources, from their logical ids (Data<id>…). */
    private static Set<String> tablesIn(Object resources) {
        String text = String.valueOf(resources);
        return Tables.all().stream().map(t -> t.id()).filter(id -> text.contains("Data" + id))
                .collect(Collectors.toSet());
    }

    /** The call is a Fn::Join (it names the table); its literal parts hold the items. */
    @Test
    @SuppressWarnings("unchecked")
    void theFirstAdministrator_isCreatedWithTheStack_onlyIfAbsent() {
        String call = template.findResources("Custom::AWS").values().stream()
                .map(r -> ((Map<String, Object>) r.get("Properties")).get("Create"))
                .filter(Map.class::isInstance).map(c -> (List<Object>) ((Map<String, Object>) c).get("Fn::Join"))
                .map(join -> ((List<Object>) join.get(1)).stream().filter(String.class::isInstance)
                        .map(String.class::cast).collect(Collectors.joining("<table>")))
                .filter(text -> text.contains("transactWriteItems")).findFirst().orElseThrow();
        assertTrue(call.contains("\"Item\":{\"accountId\":{\"S\":\"first-account\"}"), call);
        assertTrue(call.contains("\"S\":\"EMAIL#ops@example.com\""), call);
        assertTrue(call.contains("\"S\":\"ADMINISTRATOR\""), call);
        assertEquals(2, call.split("attribute_not_exists\\(pk\\)", -1).length - 1, "both puts only if absent");
    }

    @SuppressWarnings("unchecked")
    private static List<String> actions(Map<String, Object> policy) {
        var document = (Map<String, Object>) ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument");
        return ((List<Map<String, Object>>) document.get("Statement")).stream()
                .flatMap(s -> s.get("Action") instanceof List<?> list ? list.stream().map(Object::toString)
                        : java.util.stream.Stream.of(s.get("Action").toString()))
                .toList();
    }

    @Test
    void routesOfTheCode_allStartWithApi() {
        for (Route route : Routes.all()) {
            assertTrue(route.path().startsWith("/api/"), route.path());
        }
    }
}
