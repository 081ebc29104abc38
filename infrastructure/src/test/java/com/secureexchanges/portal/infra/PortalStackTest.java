package com.secureexchanges.portal.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.Tables;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.apigateway.Method;

/** The synthesized template, checked with {@link Template} assertions (one synth for the class). */
class PortalStackTest {

    private static PortalStack stack;
    private static Template template;

    @BeforeAll
    static void synth() {
        App app = new App(AppProps.builder().context(Map.of("stage", "test",
                "@aws-cdk/aws-iam:minimizePolicies", true,
                "@aws-cdk/aws-apigateway:disableCloudWatchRole", true)).build());
        stack = new PortalStack(app, "PortalTest", StackProps.builder().build(),
                StageConfig.fromContext(app.getNode()::tryGetContext));
        template = Template.fromStack(stack);
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
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TableName", "portal-test-directory",
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"),
                        Map.of("AttributeName", "sk", "KeyType", "RANGE"))));
    }

    @Test
    void everyFunction_isJava21OnArm64_withSnapStartAndJsonLogs() {
        template.resourceCountIs("AWS::Lambda::Function", Routes.functions().size());
        for (FunctionSpec spec : Routes.functions()) {
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "portal-test-" + spec.id(),
                    "Handler", spec.handlerClass() + "::handleRequest",
                    "Runtime", "java21",
                    "Architectures", List.of("arm64"),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON"))));
        }
        template.resourceCountIs("AWS::Lambda::Alias", Routes.functions().size());
    }

    @Test
    void theApiServesExactlyTheRoutesOfTheCode() {
        template.resourceCountIs("AWS::ApiGateway::Method", Routes.all().size());
        Set<String> deployed = stack.getNode().findAll().stream()
                .filter(Method.class::isInstance).map(Method.class::cast)
                .map(m -> m.getHttpMethod() + " " + m.getResource().getPath())
                .collect(Collectors.toSet());
        Set<String> code = Routes.all().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        assertEquals(code, deployed);
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
