package com.secureexchanges.portal.infra;

import static com.secureexchanges.portal.infra.TemplateQueries.listOf;
import static com.secureexchanges.portal.infra.TemplateQueries.render;
import static com.secureexchanges.portal.infra.TemplateQueries.statementsByOwner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.SiteHeaders;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Issue 13, item 12: {@code -c cloudfront=false}, the deploy for emulators without CloudFront. The API
 * serves the site's files and {@code /api/*} on one origin, at the routes CloudFront serves them at.
 */
class PortalStackWithoutCloudFrontTest {

    private static App app;
    private static PortalStack stack;
    private static Template template;

    @BeforeAll
    static void synth() {
        app = TestApps.withContext(Map.of("stage", "emu", "cloudfront", "false", "adminEmail",
                "admin@example.com"));
        stack = new PortalStack(app, "PortalEmu", StackProps.builder()
                .env(Environment.builder().account("000000000000").region("us-east-1").build()).build(),
                StageConfig.fromContext(app.getNode()::tryGetContext));
        Aspects.of(app).add(new AwsSolutionsChecks());
        template = Template.fromStack(stack);
    }

    @Test
    void thereIsNoCloudFront_atAll_andTheFilesGoToTheBucketWithTheirConfig() {
        Map<String, Map<String, Object>> resources = template.findResources("*");
        Set<String> cloudFront = resources.values().stream().map(r -> String.valueOf(r.get("Type")))
                .filter(type -> type.startsWith("AWS::CloudFront::")).collect(Collectors.toSet());
        assertEquals(Set.of(), cloudFront);
        assertTrue(template.findResources("Custom::CDKBucketDeployment", Map.of("Properties",
                Map.of("DistributionId", Match.anyValue()))).isEmpty(), "no invalidation of a distribution");
    }

    /** The API's own routes are exactly the code's, each a Lambda proxy, as with CloudFront. */
    @Test
    @SuppressWarnings("unchecked")
    void theApiRoutes_areExactlyTheCodes() {
        Map<String, Map<String, Object>> methods = TemplateQueries.apiMethods(template);
        Set<String> api = methods.keySet().stream().filter(m -> m.contains(" /api/")).collect(Collectors.toSet());
        assertEquals(Routes.all().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet()), api);
        for (String route : api) {
            assertEquals("AWS_PROXY", ((Map<String, Object>) methods.get(route).get("Integration")).get("Type"));
        }
    }

    /**
     * Everything else the API serves is a GET of a file of the site's bucket: each page at its clean route
     * ({@code /} is {@code index.html}), any other path the object of that key, read with the site's role.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theSite_isServedByTheApi_atCloudFrontsRoutes() {
        Map<String, Map<String, Object>> methods = TemplateQueries.apiMethods(template);
        Map<String, String> files = new HashMap<>();
        methods.forEach((route, method) -> {
            if (route.contains(" /api/")) {
                return;
            }
            assertTrue(route.startsWith("GET "), route);
            Map<String, Object> integration = (Map<String, Object>) method.get("Integration");
            assertEquals("AWS", integration.get("Type"), route);
            assertEquals("GET", integration.get("IntegrationHttpMethod"), route);
            assertEquals(siteReader() + ".Arn", render(integration.get("Credentials")), route);
            String uri = render(integration.get("Uri"));
            assertTrue(uri.matches("arn:aws:apigateway:us-east-1:s3:path/Ref:SiteBucket[A-Za-z0-9]+/.+"),
                    uri);
            files.put(route.substring("GET ".length()), uri.substring(uri.indexOf('/', uri.indexOf("path/") + 5) + 1));
        });
        assertEquals("index.html", files.get("/"));
        assertEquals("login/redeem.html", files.get("/login/redeem"), "the link in sign-in emails");
        assertEquals("users/import.html", files.get("/users/import"));
        assertEquals("portal.html", files.get("/portal"));
        assertEquals("{proxy}", files.get("/{proxy+}"), "assets, config.json and any other file by its key");
        Map<String, Object> proxy = (Map<String, Object>) methods.get("GET /{proxy+}").get("Integration");
        assertEquals(Map.of("integration.request.path.proxy", "method.request.path.proxy"),
                proxy.get("RequestParameters"));
        Map<String, Object> found = ((List<Map<String, Object>>) proxy.get("IntegrationResponses")).stream()
                .filter(r -> "200".equals(r.get("StatusCode"))).findFirst().orElseThrow();
        assertEquals(Map.of(
                "method.response.header.Content-Type", "integration.response.header.Content-Type",
                "method.response.header.Strict-Transport-Security", "'max-age=63072000; includeSubDomains'",
                "method.response.header.X-Content-Type-Options", "'nosniff'",
                "method.response.header.Referrer-Policy", "'no-referrer'",
                "method.response.header.X-Frame-Options", "'DENY'"), found.get("ResponseParameters"));
        template.hasResourceProperties("Custom::CDKBucketDeployment", Match.objectLike(Map.of(
                "SourceObjectKeys", List.of(Match.anyValue(), Match.anyValue()))));
    }

    /** API Gateway's role may read the bucket's objects, and do nothing else. */
    @Test
    void theSitesReader_mayOnlyGetObjects() {
        List<Map<String, Object>> statements = statementsByOwner(template).entrySet().stream()
                .filter(e -> e.getKey().startsWith("SiteReader")).flatMap(e -> e.getValue().stream()).toList();
        assertEquals(1, statements.size(), statements.toString());
        assertEquals(List.of("s3:GetObject"), listOf(statements.getFirst().get("Action")));
        assertTrue(render(statements.getFirst().get("Resource")).matches("Site[A-Za-z0-9]+\\.Arn/\\*"),
                String.valueOf(statements.getFirst().get("Resource")));
        template.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of("AssumeRolePolicyDocument",
                Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "apigateway.amazonaws.com")))))))));
    }

    /**
     * Issue 13, item 12: every address of the API is under its stage, so the site is published under it: the
     * pages' links and assets carry {@code /emu} (the scripts find it themselves), and each page carries the
     * Content-Security-Policy that API Gateway cannot send.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theSite_isPublishedUnderTheStage_withItsPolicyInEachPage() throws IOException {
        Path assembly = Path.of(app.synth().getDirectory());
        Map<String, Object> deployment = TemplateQueries.properties(template, template.findResources(
                "Custom::CDKBucketDeployment").keySet().iterator().next());
        List<String> keys = (List<String>) deployment.get("SourceObjectKeys");
        Path files = assembly.resolve("asset." + keys.get(0).replace(".zip", ""));
        Path config = assembly.resolve("asset." + keys.get(1).replace(".zip", ""));
        String index = Files.readString(files.resolve("index.html"));
        assertTrue(index.matches("(?s).*src=\"/emu/assets/[0-9a-f]{12}/js/pages/login\\.js\".*"), index);
        assertTrue(index.contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
                + SiteHeaders.PAGE_CONTENT_SECURITY_POLICY + "\">"), index);
        assertTrue(Files.readString(files.resolve("login/redeem.html")).contains("href=\"/emu/\""));
        assertEquals("{\"apiBase\":\"/api\"}", Files.readString(config.resolve("config.json")),
                "a path on the site: the scripts put it under the stage");
    }

    /** Links in emails carry the stage, the same-origin check uses the API's origin; the site is the stage's URL. */
    @Test
    void theFunctions_knowTheApiAsTheSite() {
        String api = TemplateQueries.properties(template, restApi()).get("Name").toString();
        assertEquals("portal-emu", api);
        String origin = "https://Ref:" + restApi() + ".execute-api.us-east-1.Ref:AWS::URLSuffix";
        for (FunctionSpec spec : Routes.functions()) {
            Map<String, Object> variables = variables("portal-emu-" + spec.id());
            assertEquals(origin + "/emu", render(variables.get("SITE_URL")), spec.id());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> siteUrl = (Map<String, Object>) template.findOutputs("SiteUrl").get("SiteUrl");
        assertEquals(render(((Map<?, ?>) template.findOutputs("ApiUrl").get("ApiUrl")).get("Value")),
                render(siteUrl.get("Value")), "the site is the API's stage URL");
    }

    @Test
    void cdkNag_awsSolutions_hasNoUnsuppressedError_andNoCloudFrontReason() {
        List<String> errors = Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))
                .stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList();
        assertEquals(List.of(), errors);
        Set<String> suppressed = new TreeSet<>();
        @SuppressWarnings("unchecked")
        var rules = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) template.toJSON()
                .get("Metadata")).get("cdk_nag")).get("rules_to_suppress");
        rules.forEach(r -> suppressed.add(String.valueOf(r.get("id"))));
        assertTrue(suppressed.stream().noneMatch(id -> id.startsWith("AwsSolutions-CFR")), suppressed.toString());
        assertTrue(rules.stream().filter(r -> r.get("id").equals("AwsSolutions-S1"))
                .allMatch(r -> r.get("reason").toString().startsWith("cloudfront=false")), "S1's reason is API Gateway's");
    }

    private static String restApi() {
        Set<String> ids = template.findResources("AWS::ApiGateway::RestApi").keySet();
        assertEquals(1, ids.size());
        return ids.iterator().next();
    }

    private static String siteReader() {
        Set<String> ids = template.findResources("AWS::IAM::Role", Map.of("Properties", Match.objectLike(Map.of(
                "Description", "API Gateway reads the site's files (cloudfront=false)")))).keySet();
        assertEquals(1, ids.size());
        return ids.iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(String functionName) {
        var functions = template.findResources("AWS::Lambda::Function",
                Map.of("Properties", Match.objectLike(Map.of("FunctionName", functionName))));
        assertEquals(1, functions.size(), functionName);
        var props = (Map<String, Object>) functions.values().iterator().next().get("Properties");
        return (Map<String, Object>) ((Map<String, Object>) props.get("Environment")).get("Variables");
    }
}
