package com.secureexchanges.portal.infra;

import static com.secureexchanges.portal.infra.TemplateQueries.dynamoGrants;
import static com.secureexchanges.portal.infra.TemplateQueries.listOf;
import static com.secureexchanges.portal.infra.TemplateQueries.properties;
import static com.secureexchanges.portal.infra.TemplateQueries.statementsByOwner;
import static com.secureexchanges.portal.infra.TemplateQueries.tableLogicalId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.config.FirstAdministrator;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.SiteAssets;
import com.secureexchanges.portal.config.SiteHeaders;
import com.secureexchanges.portal.config.TableAccess;
import com.secureexchanges.portal.config.TableSpec;
import com.secureexchanges.portal.config.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The synthesized template, checked with {@link Template} assertions (one synth for the class). */
class PortalStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The origin secret's version a deploy names after a rotation (README, "Rotating secrets"). */
    private static final String ORIGIN_VERSION = "3f1c2a9e-5b7d-4e21-9c0a-6d8f4b2e7a13";

    private static PortalStack stack;
    private static Template template;
    /** The plans file the stage names ({@code -c plansFile}), as every function must get it. */
    private static final String PLANS = "{\"plans\":[{\"id\":\"basic\",\"name\":{\"en\":\"Basic\",\"fr\":\"Base\"},"
            + "\"rank\":1,\"monthlyPrice\":{\"amount\":900,\"currency\":\"EUR\"}}]}";

    @BeforeAll
    static void synth() throws IOException {
        Path plans = Files.createTempFile("plans", ".json");
        Files.writeString(plans, PLANS.replace(",", ",\n  "));
        App app = TestApps.withContext(Map.of("stage", "test", "adminEmail", "ops@example.com",
                "originSecretVersion", ORIGIN_VERSION, "plansFile", plans.toString()));
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
        assertEquals(4, Tables.all().size(), "directory, auth, sessions, events");
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
        assertEquals(Routes.deployed().size(), template.findResources("AWS::Lambda::Function",
                Map.of("Properties", Map.of("Runtime", "java21"))).size(),
                "one java21 function per route family, and the deliveries function");
        for (FunctionSpec spec : Routes.deployed()) {
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "portal-test-" + spec.id(),
                    "Handler", spec.handlerClass(),
                    "Runtime", "java21",
                    "Architectures", List.of("arm64"),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON")),
                    "MemorySize", 1024));
        }
        template.resourceCountIs("AWS::Lambda::Alias", Routes.deployed().size());
        assertTrue(Routes.functions().contains(Routes.EVENTS), "the event log has its own function");
    }

    /**
     * Every function gets every table's name, the event retention (400 days unless the stage says) and the
     * plans of the stage's plans file, checked and compacted.
     */
    @Test
    void everyFunction_knowsEveryTable_andTheEventRetention() {
        for (FunctionSpec spec : Routes.deployed()) {
            Map<String, Object> variables = new HashMap<>();
            for (TableSpec table : Tables.all()) {
                String name = "portal-test-" + table.id();
                variables.put(table.envVariable(), Map.of("Ref", tableLogicalId(template, name)));
            }
            variables.put("EVENT_RETENTION_DAYS", "400");
            variables.put("PLANS", PLANS);
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "portal-test-" + spec.id(),
                    "Environment", Map.of("Variables", Match.objectLike(variables))));
        }
    }

    /** Read from the template itself: every method's path rebuilt from its resource's parents. */
    @Test
    @SuppressWarnings("unchecked")
    void theApiServesExactlyTheRoutesOfTheCode_inBothDirections() {
        Map<String, Map<String, Object>> methods = TemplateQueries.apiMethods(template);
        Set<String> code = Routes.all().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        assertEquals(code, methods.keySet(), "routes in the code and in the API");
        for (Map<String, Object> method : methods.values()) {
            assertEquals("AWS_PROXY", ((Map<String, Object>) method.get("Integration")).get("Type"));
        }
    }

    @Test
    void onlyTheFunctionsThatMail_maySendMail() {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy");
        Set<String> mailing = policies.entrySet().stream()
                .filter(e -> actions(e.getValue()).contains("ses:SendEmail"))
                .map(e -> e.getKey().replaceFirst("^Functions", "").replaceFirst("ServiceRole.*$", ""))
                .collect(Collectors.toSet());
        Set<String> expected = Routes.deployed().stream().filter(FunctionSpec::sendsMail).map(FunctionSpec::id)
                .collect(Collectors.toSet());
        assertEquals(Set.of(Routes.DELIVERIES.id()), expected, "requests write their emails to the outbox; only "
                + "the deliveries function sends");
        assertEquals(expected, mailing);
        for (Map<String, Object> policy : policies.values()) {
            assertTrue(actions(policy).stream().noneMatch(a -> a.equals("dynamodb:*") || a.equals("*")));
        }
    }

    /**
     * SMS to a phone number has no ARN, so the allow is on {@code *}; the deny on every SNS ARN keeps the
     * texting functions from publishing to any topic (or endpoint) of the account.
     */
    @Test
    void onlyTheFunctionsThatText_mayPublishSms_andOnlyToPhoneNumbers() {
        Map<String, List<Map<String, Object>>> statements = statementsByOwner(template);
        Set<String> texting = new TreeSet<>();
        for (FunctionSpec spec : Routes.deployed()) {
            Set<List<String>> sns = new HashSet<>();
            for (Map<String, Object> statement : statements.get(spec.id())) {
                for (String action : TemplateQueries.<String>listOf(statement.get("Action"))) {
                    if (action.startsWith("sns:")) {
                        assertEquals(Set.of("Action", "Effect", "Resource"), statement.keySet(), "no conditions");
                        listOf(statement.get("Resource")).forEach(r -> sns.add(List.of(String.valueOf(
                                statement.get("Effect")), action, TemplateQueries.render(r))));
                    }
                }
            }
            assertEquals(spec.sendsSms() ? Set.of(List.of("Allow", "sns:Publish", "*"),
                    List.of("Deny", "sns:Publish", "arn:aws:sns:*:*:*")) : Set.of(), sns, spec.id());
            if (!sns.isEmpty()) {
                texting.add(spec.id());
            }
        }
        assertEquals(new TreeSet<>(Set.of(Routes.DELIVERIES.id())), texting,
                "sign-in codes and codes to prove a number wait in the outbox; only the deliveries function texts");
    }

    /**
     * The outbox (issue 10): the auth table streams new images; the deliveries function's live alias gets
     * new deliveries only, reports failed items, splits a failing batch, hands a record over three times
     * and then sends its place to an encrypted dead-letter queue, which raises an alarm.
     */
    @Test
    void theOutbox_isSentByTheDeliveriesFunction_fromTheAuthStream_withADeadLetterQueue() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of("TableName", "portal-test-auth",
                "StreamSpecification", Map.of("StreamViewType", "NEW_IMAGE")));
        Map<String, Map<String, Object>> mappings = template.findResources("AWS::Lambda::EventSourceMapping");
        assertEquals(1, mappings.size());
        Map<?, ?> mapping = (Map<?, ?>) mappings.values().iterator().next().get("Properties");
        assertEquals("TRIM_HORIZON", mapping.get("StartingPosition"));
        assertEquals(true, mapping.get("BisectBatchOnFunctionError"));
        assertEquals(3, ((Number) mapping.get("MaximumRetryAttempts")).intValue());
        assertEquals(List.of("ReportBatchItemFailures"), mapping.get("FunctionResponseTypes"));
        List<?> filters = (List<?>) ((Map<?, ?>) mapping.get("FilterCriteria")).get("Filters");
        assertEquals(1, filters.size());
        assertEquals(Map.of("eventName", List.of("INSERT"), "dynamodb", Map.of("Keys", Map.of("pk", Map.of("S",
                List.of(Map.of("prefix", "DELIVERY#")))))),
                readJson(String.valueOf(((Map<?, ?>) filters.getFirst()).get("Pattern"))), "new deliveries only");
        assertTrue(String.valueOf(mapping.get("DestinationConfig")).contains("DeliveriesDeadLetters"));
        assertTrue(String.valueOf(mapping.get("EventSourceArn")).contains("StreamArn"));
        String target = String.valueOf(mapping.get("FunctionName"));
        assertTrue(target.contains("DeliveriesLive"), "the SnapStart version, through the live alias: " + target);
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "portal-test-deliveries-dead-letters", "SqsManagedSseEnabled", true));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "ApproximateNumberOfMessagesVisible", "Namespace", "AWS/SQS", "Threshold", 1));
    }

    private static Map<?, ?> readJson(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
                                        "HeaderValue", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(
                                                ":SecretString:::" + ORIGIN_VERSION + "}}")))))),
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
        assertEquals(Routes.deployed().stream().filter(FunctionSpec::readsKeys).count(), readers);
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
        assertEquals(Routes.deployed().size(), template.findResources("AWS::CloudWatch::Alarm",
                Map.of("Properties", Map.of("MetricName", "Errors"))).size());
        assertEquals(Routes.deployed().size(), template.findResources("AWS::CloudWatch::Alarm",
                Map.of("Properties", Map.of("MetricName", "Throttles"))).size());
        assertEquals(Tables.all().size(), template.findResources("AWS::CloudWatch::Alarm",
                Map.of("Properties", Map.of("MetricName", "ThrottledRequests"))).size());
        template.hasResourceProperties("AWS::SNS::Topic", Map.of("TopicName", "portal-test-alarms"));
    }

    /**
     * Least privilege on data, read from the template: every function's DynamoDB grants, table by table and
     * index by index, are exactly what its {@link FunctionSpec} declares, and that is the table of
     * {@link #MAY_DO}. ({@code EventsTest} checks the other side: the handlers need nothing more.)
     */
    @Test
    void everyFunction_mayDoWithEachTable_exactlyWhatItsSpecDeclares() {
        Map<String, List<Map<String, Object>>> statements = statementsByOwner(template);
        Map<String, Map<String, Set<String>>> granted = new TreeMap<>();
        for (FunctionSpec spec : Routes.deployed()) {
            Map<String, Set<String>> declared = new TreeMap<>();
            for (TableAccess access : spec.tables()) {
                String table = access.table().id();
                if (!access.actions().isEmpty()) {
                    declared.put(table, access.actions().stream().map(TableAccess.Action::operation)
                            .collect(Collectors.toSet()));
                }
                access.indexes().forEach(index -> declared.put(table + "/index/" + index.name(), Set.of("Query")));
                if (access.pseudonymises()) {
                    declared.put(table + " (with conditions)", Set.of("UpdateItem"));
                }
            }
            if (spec.equals(Routes.DELIVERIES)) {
                // its event source mapping reads the auth table's stream (ListStreams takes no resource)
                declared.put("auth/stream", Set.of("DescribeStream", "GetRecords", "GetShardIterator"));
                declared.put("*", Set.of("ListStreams"));
            }
            Map<String, Set<String>> actual = dynamoGrants(template, "portal-test-", statements.get(spec.id()));
            assertEquals(declared, actual, spec.id());
            granted.put(spec.id(), actual);
        }
        assertEquals(MAY_DO, granted);
    }

    /**
     * What each function may do, written out (docs/DESIGN.md, "IAM"), so that a wider grant in
     * {@code config/Routes.java} is a visible change here too. {@code (with conditions)}: the update of
     * a deleted user's events, personal attributes only (see {@link #theEventsTable_isAppendOnly_forEveryFunction}).
     */
    private static final Map<String, Map<String, Set<String>>> MAY_DO = Map.ofEntries(
            Map.entry("Captcha", Map.of("auth", Set.of("UpdateItem"))),
            Map.entry("RequestLogin", Map.of(
                    "directory", Set.of("BatchGetItem", "UpdateItem"),
                    "auth", Set.of("BatchGetItem", "PutItem", "UpdateItem", "DeleteItem"),
                    "events", Set.of("PutItem"))),
            Map.entry("RedeemLink", Map.of(
                    "directory", Set.of("UpdateItem"),
                    "auth", Set.of("GetItem", "PutItem", "UpdateItem", "ConditionCheckItem"),
                    "sessions", Set.of("PutItem", "DeleteItem"),
                    "events", Set.of("PutItem"))),
            Map.entry("TwoFactor", Map.of(
                    "directory", Set.of("UpdateItem"),
                    "auth", Set.of("GetItem", "PutItem", "UpdateItem", "DeleteItem"),
                    "sessions", Set.of("PutItem"),
                    "events", Set.of("PutItem"))),
            Map.entry("Account", Map.of(
                    "directory", Set.of("GetItem", "BatchGetItem", "PutItem", "UpdateItem"),
                    "auth", Set.of("PutItem", "UpdateItem", "DeleteItem"),
                    "sessions", Set.of("PutItem", "UpdateItem", "DeleteItem"),
                    "events", Set.of("PutItem"))),
            Map.entry("Session", Map.of(
                    "directory", Set.of("BatchGetItem", "PutItem", "UpdateItem"),
                    "sessions", Set.of("UpdateItem", "DeleteItem"),
                    "sessions/index/byUser", Set.of("Query"),
                    "events", Set.of("PutItem"))),
            Map.entry("Events", Map.of(
                    "directory", Set.of("GetItem", "BatchGetItem", "UpdateItem"),
                    "sessions", Set.of("UpdateItem"),
                    "events", Set.of("PutItem", "Query"),
                    "events/index/byTime", Set.of("Query"))),
            Map.entry("Users", Map.of(
                    "directory", Set.of("GetItem", "BatchGetItem", "PutItem", "UpdateItem", "DeleteItem",
                            "ConditionCheckItem"),
                    "directory/index/usersByName", Set.of("Query"),
                    "directory/index/usersByEmail", Set.of("Query"),
                    "auth", Set.of("PutItem"),
                    "sessions", Set.of("UpdateItem", "DeleteItem"),
                    "sessions/index/byUser", Set.of("Query"),
                    "events", Set.of("PutItem", "Query"),
                    "events (with conditions)", Set.of("UpdateItem"))),
            Map.entry("Domains", Map.of(
                    "directory", Set.of("GetItem", "BatchGetItem", "Query", "PutItem", "UpdateItem", "DeleteItem"),
                    "auth", Set.of("UpdateItem"),
                    "sessions", Set.of("UpdateItem"),
                    "events", Set.of("PutItem"))),
            Map.entry("Signup", Map.of(
                    "directory", Set.of("BatchGetItem", "PutItem", "ConditionCheckItem"),
                    "directory/index/usersByName", Set.of("Query"),
                    "auth", Set.of("GetItem", "BatchGetItem", "PutItem", "UpdateItem", "DeleteItem"),
                    "sessions", Set.of("PutItem"),
                    "events", Set.of("PutItem"))),
            Map.entry("Licenses", Map.of(
                    "directory", Set.of("GetItem", "BatchGetItem", "Query", "PutItem", "UpdateItem", "DeleteItem"),
                    "auth", Set.of("GetItem", "PutItem", "UpdateItem"),
                    "sessions", Set.of("UpdateItem"),
                    "events", Set.of("PutItem"))),
            Map.entry("Deliveries", Map.of(
                    "auth", Set.of("UpdateItem"),
                    "auth/stream", Set.of("DescribeStream", "GetRecords", "GetShardIterator"),
                    "*", Set.of("ListStreams"))));

    /**
     * No portal function may scan, batch-write, describe or stream a table, and none holds a DynamoDB
     * wildcard of any kind: each action is one the code uses, on a table or index named in full.
     */
    @Test
    void noFunction_mayScanOrBatchWrite_orHoldADynamoDbWildcard() {
        Set<String> used = Arrays.stream(TableAccess.Action.values()).map(TableAccess.Action::iamAction)
                .collect(Collectors.toSet());
        Map<String, List<Map<String, Object>>> statements = statementsByOwner(template);
        for (FunctionSpec spec : Routes.functions()) {
            for (Map<String, Object> statement : statements.get(spec.id())) {
                assertTrue(!statement.containsKey("NotAction") && !statement.containsKey("NotResource"),
                        spec.id() + ": " + statement);
                List<String> dynamo = TemplateQueries.<String>listOf(statement.get("Action")).stream()
                        .filter(a -> a.startsWith("dynamodb:")).toList();
                assertTrue(used.containsAll(dynamo), spec.id() + " may " + dynamo);
                for (Object resource : dynamo.isEmpty() ? List.of() : listOf(statement.get("Resource"))) {
                    assertTrue(!TemplateQueries.render(resource).contains("*"), spec.id() + " on " + resource);
                }
            }
        }
    }

    /**
     * The call is a Fn::Join: literal JSON around a reference to the table's name. Parsed back, with the
     * references kept aside, it must write exactly the code's three items, each only if absent.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theFirstAdministrator_isCreatedWithTheStack_onlyIfAbsent() throws IOException {
        List<Object> parts = template.findResources("Custom::AWS").values().stream()
                .map(r -> ((Map<String, Object>) r.get("Properties")).get("Create"))
                .filter(Map.class::isInstance).map(c -> (List<Object>) ((Map<String, Object>) c).get("Fn::Join"))
                .map(join -> (List<Object>) join.get(1))
                .filter(p -> p.stream().anyMatch(part -> String.valueOf(part).contains("transactWriteItems")))
                .findFirst().orElseThrow();
        String directory = tableLogicalId(template, "portal-test-directory");
        assertEquals(Set.of(Map.of("Ref", directory)), parts.stream().filter(Map.class::isInstance)
                .collect(Collectors.toSet()), "the call names the directory table and nothing else");
        String json = parts.stream().map(part -> part instanceof String text ? text : "<directory>")
                .collect(Collectors.joining());
        Map<String, Object> call = JSON.readValue(json, Map.class);
        assertEquals("transactWriteItems", call.get("action"));
        List<Map<String, Object>> puts = ((List<Map<String, Object>>) ((Map<String, Object>) call.get("parameters"))
                .get("TransactItems")).stream().map(item -> (Map<String, Object>) item.get("Put")).toList();
        assertEquals(FirstAdministrator.items("ops@example.com", "example.com"),
                puts.stream().map(put -> put.get("Item")).toList(), "account (named after the domain), user, claim");
        for (Map<String, Object> put : puts) {
            assertEquals("<directory>", put.get("TableName"));
            assertEquals("attribute_not_exists(pk)", put.get("ConditionExpression"), "only if absent");
        }
        Map<String, Object> account = (Map<String, Object>) puts.getFirst().get("Item");
        assertEquals(Map.of("S", "first-account"), account.get("accountId"));
        assertEquals(Map.of("S", "example.com"), account.get("name"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> actions(Map<String, Object> policy) {
        var document = (Map<String, Object>) ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument");
        return ((List<Map<String, Object>>) document.get("Statement")).stream()
                .flatMap(s -> s.get("Action") instanceof List<?> list ? list.stream().map(Object::toString)
                        : java.util.stream.Stream.of(s.get("Action").toString()))
                .toList();
    }

    /**
     * The event log (SPEC E4): no function can change or delete what it stores. Every IAM grant on the
     * events table belongs to a function whose spec names the table (always append-only), allows put
     * and query only, on the table and its index by name; the one update is the pseudonymisation's,
     * under its conditions; no DynamoDB statement names a wildcard or an ARN that could cover the table
     * some other way.
     */
    @Test
    void theEventsTable_isAppendOnly_forEveryFunction() {
        String events = tableLogicalId(template, "portal-test-events");
        Set<String> appending = Routes.functions().stream().filter(f -> f.access(Tables.EVENTS).isPresent())
                .map(FunctionSpec::id).collect(Collectors.toSet());
        Set<String> pseudonymising = Routes.functions().stream()
                .filter(f -> f.access(Tables.EVENTS).filter(TableAccess::pseudonymises).isPresent())
                .map(FunctionSpec::id).collect(Collectors.toSet());
        assertTrue(appending.contains(Routes.EVENTS.id()), "the Events function appends: " + appending);
        assertEquals(Set.of(Routes.USERS.id()), pseudonymising, "only deleting a user pseudonymises events");
        assertTrue(Routes.functions().stream().flatMap(f -> f.access(Tables.EVENTS).stream())
                .allMatch(TableAccess::appendOnly),
                "the code gives no function more than appending (and pseudonymising) on the event log");
        Set<String> tableArns = Tables.all().stream()
                .map(t -> tableLogicalId(template, "portal-test-" + t.id()) + ".Arn").collect(Collectors.toSet());
        Set<String> eventResources = Set.of(events + ".Arn", events + ".Arn/index/byTime");
        Set<String> granted = new TreeSet<>();
        statementsByOwner(template).forEach((owner, statements) -> {
            for (Map<String, Object> statement : statements) {
                List<String> actions = listOf(statement.get("Action"));
                if (actions.stream().noneMatch(a -> a.startsWith("dynamodb:"))) {
                    continue;
                }
                for (Object value : listOf(statement.get("Resource"))) {
                    String resource = TemplateQueries.render(value);
                    boolean streamOfAuth = resource.equals(tableLogicalId(template, "portal-test-auth") + ".StreamArn")
                            || resource.equals("*") && actions.stream().filter(a -> a.startsWith("dynamodb:"))
                                    .toList().equals(List.of("dynamodb:ListStreams"));
                    assertTrue(resource.equals("Ref:AWS::NoValue") || streamOfAuth || tableArns.stream().anyMatch(arn ->
                            resource.equals(arn) || resource.startsWith(arn + "/index/")),
                            owner + " has DynamoDB actions on " + resource + ", which may cover the event log");
                    if (!resource.contains(events)) {
                        continue;
                    }
                    assertTrue(appending.contains(owner), owner + " may not touch the event log: " + statement);
                    assertEquals("Allow", statement.get("Effect"));
                    if (actions.equals(List.of("dynamodb:UpdateItem"))) {
                        assertTrue(pseudonymising.contains(owner), owner + " may not update events");
                        assertEquals(Map.of("ForAllValues:StringEquals", Map.of("dynamodb:Attributes",
                                TableAccess.PERSONAL_ATTRIBUTES), "StringEqualsIfExists", Map.of(
                                "dynamodb:ReturnValues", List.of("NONE"))), statement.get("Condition"),
                                owner + ": personal attributes only");
                        assertEquals(events + ".Arn", resource);
                        continue;
                    }
                    assertTrue(Set.of("dynamodb:PutItem", "dynamodb:Query").containsAll(actions),
                            owner + " on the event log: " + actions);
                    assertTrue(eventResources.contains(resource), owner + " on " + resource);
                    if (actions.contains("dynamodb:PutItem")) {
                        granted.add(owner);
                    }
                }
            }
        });
        assertEquals(new TreeSet<>(appending), granted, "functions that may append");

        Map<String, Object> table = properties(template, events);
        assertEquals(List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"),
                Map.of("AttributeName", "seq", "KeyType", "RANGE")), table.get("KeySchema"));
        assertEquals(Set.of(Map.of("AttributeName", "pk", "AttributeType", "S"),
                Map.of("AttributeName", "seq", "AttributeType", "N"),
                Map.of("AttributeName", "atSeq", "AttributeType", "S")),
                Set.copyOf(listOf(table.get("AttributeDefinitions"))));
        assertEquals(List.of(Map.of("IndexName", "byTime",
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"),
                        Map.of("AttributeName", "atSeq", "KeyType", "RANGE")),
                "Projection", Map.of("ProjectionType", "ALL"))), table.get("LocalSecondaryIndexes"));
        assertEquals(Map.of("AttributeName", "purgeAt", "Enabled", true), table.get("TimeToLiveSpecification"));
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), table.get("PointInTimeRecoverySpecification"));
        template.hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("TableName", "portal-test-events",
                        "DeletionProtectionEnabled", true))));
    }

    @Test
    void routesOfTheCode_allStartWithApi() {
        for (Route route : Routes.all()) {
            assertTrue(route.path().startsWith("/api/"), route.path());
        }
    }

    /**
     * Issue 12, item 6: CloudFront compresses the site (gzip and Brotli through the managed CachingOptimized
     * policy, which the default behaviour keeps); fingerprinted assets are uploaded under their hash with a
     * year's immutable lifetime and never pruned, the pages with no-cache, after the assets.
     */
    @Test
    @SuppressWarnings("unchecked")
    void siteIsCompressed_assetsKeptAYear_pagesRevalidated() {
        var distributions = template.findResources("AWS::CloudFront::Distribution");
        assertEquals(1, distributions.size());
        var distribution = (Map<String, Object>) distributions.values().iterator().next().get("Properties");
        var config = (Map<String, Object>) distribution.get("DistributionConfig");
        var site = (Map<String, Object>) config.get("DefaultCacheBehavior");
        assertEquals(true, site.get("Compress"));
        assertEquals("658327ea-f89d-4fab-a63d-7e88639e58f6", site.get("CachePolicyId"), "CachingOptimized");

        Map<String, Map<String, Object>> deployments = template.findResources("Custom::CDKBucketDeployment");
        assertEquals(2, deployments.size());
        var byPrefix = new HashMap<Object, Map<String, Object>>();
        deployments.forEach((id, resource) -> {
            var props = (Map<String, Object>) resource.get("Properties");
            byPrefix.put(props.getOrDefault("DestinationBucketKeyPrefix", ""), props);
        });
        var assets = byPrefix.get("assets/");
        assertEquals(Map.of("cache-control", SiteAssets.IMMUTABLE), assets.get("SystemMetadata"));
        assertEquals("false", String.valueOf(assets.get("Prune")));
        var pages = byPrefix.get("");
        assertEquals(Map.of("cache-control", "no-cache"), pages.get("SystemMetadata"));
        assertEquals(List.of("assets/*"), pages.get("Exclude"), "the pages' deployment never prunes the assets");
        String assetsId = deployments.entrySet().stream().filter(e -> e.getValue().get("Properties") == assets)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String pagesDependsOn = String.valueOf(deployments.entrySet().stream()
                .filter(e -> e.getValue().get("Properties") == pages).findFirst().orElseThrow().getValue()
                .get("DependsOn"));
        assertTrue(pagesDependsOn.contains(assetsId), "pages after the assets they name: " + pagesDependsOn);
    }
}
