package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.SiteAssets;
import com.secureexchanges.portal.config.SiteHeaders;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awscdk.services.apigateway.AwsIntegration;
import software.amazon.awscdk.services.apigateway.IResource;
import software.amazon.awscdk.services.apigateway.IntegrationOptions;
import software.amazon.awscdk.services.apigateway.IntegrationResponse;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.MethodResponse;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.constructs.Construct;

/**
 * The site without CloudFront ({@code -c cloudfront=false}, for emulators whose tier has none): API
 * Gateway serves the files of a private bucket at the routes CloudFront serves them at ({@code /} is
 * {@code index.html}, {@code /login/redeem} is {@code login/redeem.html}, any other path the object of
 * that key), beside {@code /api/*} in the same API, so the site and the API share one origin as behind
 * CloudFront. Every address is under the API's stage ({@code /<stage>/login/redeem}), so the site is
 * published under it ({@link SiteAssets#publish}): the pages' links carry it, and the scripts find it from
 * their own address (and put the API's {@code /api} under it too). API Gateway reads the objects
 * with a role of its own, allowed {@code s3:GetObject} only. The security headers whose values API Gateway
 * can send as constants go with every file; the Content-Security-Policy cannot (its quotes), so each page
 * carries it in a {@code <meta>} element (all of it but {@code frame-ancestors}, which {@code DENY}
 * framing covers).
 */
public final class ApiSite extends Construct {

    public record Props(String stage, Path siteDir, RestApi api) {
    }

    /** What a file is answered with: S3's content type, and the constant security headers. */
    private static final Map<String, String> HEADERS = headers();

    public ApiSite(Construct scope, String id, Props props) {
        super(scope, id);
        Bucket bucket = SiteBucket.create(this);
        Role reader = Role.Builder.create(this, "Reader")
                .assumedBy(new ServicePrincipal("apigateway.amazonaws.com"))
                .description("API Gateway reads the site's files (cloudfront=false)")
                .build();
        reader.addToPolicy(PolicyStatement.Builder.create().actions(List.of("s3:GetObject"))
                .resources(List.of(bucket.arnForObjects("*"))).build());
        NagSuppressions.addResourceSuppressions(reader, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("cloudfront=false: API Gateway may read any file of the site's bucket (s3:GetObject on "
                        + "its objects, nothing else): every file there is public content of the site.")
                .build()), true);
        for (Map.Entry<String, String> page : pages(props.siteDir()).entrySet()) {
            IResource resource = page.getKey().equals("/") ? props.api().getRoot()
                    : props.api().getRoot().resourceForPath(page.getKey());
            resource.addMethod("GET", file(bucket, reader, page.getValue(), false), answers(false));
        }
        props.api().getRoot().addResource("{proxy+}")
                .addMethod("GET", file(bucket, reader, "{proxy}", true), answers(true));
        BucketDeployment.Builder.create(this, "Files")
                .destinationBucket(bucket)
                .sources(List.of(Source.asset(SiteBucket.staged(props.siteDir(), "/" + props.stage()).toString()),
                        Source.jsonData("config.json", Map.of("apiBase", "/api"))))
                .build();
    }

    /** Each page's clean route and its file, as CloudFront's function maps them: {@code /login/redeem}. */
    static SortedMap<String, String> pages(Path siteDir) {
        try (Stream<Path> files = Files.walk(siteDir)) {
            SortedMap<String, String> pages = new TreeMap<>();
            files.filter(f -> f.getFileName().toString().endsWith(".html")).forEach(f -> {
                String key = siteDir.relativize(f).toString().replace('\\', '/');
                String route = "/" + key.substring(0, key.length() - ".html".length());
                pages.put(route.equals("/index") ? "/" : route, key);
            });
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the site's pages in " + siteDir, e);
        }
    }

    private static AwsIntegration file(Bucket bucket, Role reader, String key, boolean proxy) {
        Map<String, String> found = new LinkedHashMap<>();
        found.put("method.response.header.Content-Type", "integration.response.header.Content-Type");
        HEADERS.forEach((name, value) -> found.put("method.response.header." + name, "'" + value + "'"));
        return AwsIntegration.Builder.create()
                .service("s3")
                .integrationHttpMethod("GET")
                .path(bucket.getBucketName() + "/" + key)
                .options(IntegrationOptions.builder()
                        .credentialsRole(reader)
                        .requestParameters(proxy ? Map.of("integration.request.path.proxy", "method.request.path.proxy")
                                : Map.of())
                        .integrationResponses(List.of(
                                IntegrationResponse.builder().statusCode("200").responseParameters(found).build(),
                                // S3 answers 403 for a key that does not exist when the reader may not list.
                                IntegrationResponse.builder().statusCode("404").selectionPattern("4\\d{2}").build(),
                                IntegrationResponse.builder().statusCode("502").selectionPattern("5\\d{2}").build()))
                        .build())
                .build();
    }

    private static MethodOptions answers(boolean proxy) {
        Map<String, Boolean> found = new LinkedHashMap<>();
        found.put("method.response.header.Content-Type", true);
        HEADERS.keySet().forEach(name -> found.put("method.response.header." + name, true));
        return MethodOptions.builder()
                .requestParameters(proxy ? Map.of("method.request.path.proxy", true) : Map.of())
                .methodResponses(List.of(MethodResponse.builder().statusCode("200").responseParameters(found).build(),
                        MethodResponse.builder().statusCode("404").build(),
                        MethodResponse.builder().statusCode("502").build()))
                .build();
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Strict-Transport-Security", "max-age=" + SiteHeaders.HSTS_MAX_AGE_SECONDS + "; includeSubDomains");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        return headers;
    }
}
