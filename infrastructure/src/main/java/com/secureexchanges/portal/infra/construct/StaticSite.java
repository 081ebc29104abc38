package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.SiteAssets;
import com.secureexchanges.portal.config.SiteHeaders;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.SecretsManagerSecretOptions;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestCookieBehavior;
import software.amazon.awscdk.services.cloudfront.OriginRequestHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.assets.AssetOptions;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.CacheControl;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * The site and the API behind one CloudFront origin (SPEC 0, X4): the static site from a private
 * bucket (origin access control), {@code /api/*} to API Gateway uncached with the cookies and headers
 * the API needs, and the security headers on every response.
 */
public final class StaticSite extends Construct {

    /**
     * @param originSecretVersion the version of {@code originSecret} CloudFront sends; its current one when empty
     * @param domainName     the portal's own domain, with {@code certificateArn} (an ACM certificate in
     *                       us-east-1); empty to use CloudFront's domain
     */
    public record Props(String stage, Path siteDir, String restApiId, Secret originSecret,
                        Optional<String> originSecretVersion, Optional<String> domainName,
                        Optional<String> certificateArn) {
    }

    private final Distribution distribution;

    public StaticSite(Construct scope, String id, Props props) {
        super(scope, id);
        Bucket bucket = SiteBucket.create(this);
        ResponseHeadersPolicy headers = ResponseHeadersPolicy.Builder.create(this, "SecurityHeaders")
                .responseHeadersPolicyName("portal-" + props.stage() + "-security-headers")
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder()
                                .contentSecurityPolicy(SiteHeaders.CONTENT_SECURITY_POLICY).override(true).build())
                        .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                                .accessControlMaxAge(Duration.seconds(SiteHeaders.HSTS_MAX_AGE_SECONDS)).includeSubdomains(true)
                                .override(true).build())
                        .contentTypeOptions(ResponseHeadersContentTypeOptions.builder().override(true).build())
                        .referrerPolicy(ResponseHeadersReferrerPolicy.builder()
                                .referrerPolicy(HeadersReferrerPolicy.NO_REFERRER).override(true).build())
                        .frameOptions(ResponseHeadersFrameOptions.builder()
                                .frameOption(HeadersFrameOption.DENY).override(true).build())
                        .build())
                .build();
        // "/login/redeem" is the file login/redeem.html, as in the local portal.
        var cleanUrls = software.amazon.awscdk.services.cloudfront.Function.Builder.create(this, "CleanUrls")
                .runtime(FunctionRuntime.JS_2_0)
                .code(FunctionCode.fromInline("function handler(event) { var r = event.request;"
                        + " if (r.uri !== '/' && r.uri.indexOf('.', r.uri.lastIndexOf('/')) < 0) { r.uri += '.html'; }"
                        + " return r; }"))
                .build();
        String apiDomain = props.restApiId() + ".execute-api." + Stack.of(this).getRegion() + "."
                + Stack.of(this).getUrlSuffix();
        Distribution.Builder builder = Distribution.Builder.create(this, "Distribution")
                .comment("Secure Exchanges portal (" + props.stage() + ")")
                .defaultRootObject("index.html")
                .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021)
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(bucket))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .compress(true)
                        .responseHeadersPolicy(headers)
                        .functionAssociations(List.of(FunctionAssociation.builder()
                                .function(cleanUrls).eventType(FunctionEventType.VIEWER_REQUEST).build()))
                        .build())
                .additionalBehaviors(Map.of("/api/*", BehaviorOptions.builder()
                        .origin(HttpOrigin.Builder.create(apiDomain).originPath("/" + props.stage())
                                .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                                .customHeaders(Map.of("X-Origin-Verify", originHeader(props)))
                                .build())
                        .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                        .allowedMethods(AllowedMethods.ALLOW_ALL)
                        .cachePolicy(CachePolicy.CACHING_DISABLED)
                        .originRequestPolicy(apiRequests(props.stage()))
                        .responseHeadersPolicy(headers)
                        .build()));
        props.domainName().ifPresent(domain -> builder.domainNames(List.of(domain))
                .certificate(Certificate.fromCertificateArn(this, "Certificate", props.certificateArn().orElseThrow())));
        distribution = builder.build();
        Path staged = SiteBucket.staged(props.siteDir(), "");
        // Assets first, under their hash, kept a year and never pruned (a page CloudFront still holds may name
        // the previous hash); then the pages, revalidated at every visit, and CloudFront's copies invalidated.
        BucketDeployment assets = BucketDeployment.Builder.create(this, "Assets")
                .destinationBucket(bucket)
                .sources(List.of(Source.asset(staged.resolve(SiteAssets.FOLDER).toString())))
                .destinationKeyPrefix(SiteAssets.FOLDER + "/")
                .cacheControl(List.of(CacheControl.fromString(SiteAssets.IMMUTABLE)))
                .prune(false)
                .build();
        BucketDeployment pages = BucketDeployment.Builder.create(this, "Files")
                .destinationBucket(bucket)
                .sources(List.of(Source.asset(staged.toString(), AssetOptions.builder()
                                .exclude(List.of(SiteAssets.FOLDER)).build()),
                        Source.jsonData("config.json", Map.of("apiBase", "/api"))))
                .exclude(List.of(SiteAssets.FOLDER + "/*"))
                .cacheControl(List.of(CacheControl.fromString(SiteAssets.REVALIDATE)))
                .distribution(distribution)
                .build();
        pages.getNode().addDependency(assets);
    }

    /**
     * A dynamic reference: the value stays in Secrets Manager, not in the template. CloudFormation resolves
     * it only when the reference itself changes, so a rotated value reaches CloudFront when a deploy names
     * its version.
     */
    private static String originHeader(Props props) {
        return props.originSecretVersion()
                .map(version -> SecretValue.secretsManager(props.originSecret().getSecretArn(),
                        SecretsManagerSecretOptions.builder().versionId(version).build()))
                .orElseGet(() -> props.originSecret().getSecretValue()).unsafeUnwrap();
    }

    /**
     * What the API gets from the viewer: every cookie and query string, the headers it reads, and the
     * viewer's address (CloudFront's own header, which no managed policy without Host forwards).
     */
    private OriginRequestPolicy apiRequests(String stage) {
        return OriginRequestPolicy.Builder.create(this, "ApiRequests")
                .originRequestPolicyName("portal-" + stage + "-api")
                .cookieBehavior(OriginRequestCookieBehavior.all())
                .queryStringBehavior(OriginRequestQueryStringBehavior.all())
                .headerBehavior(OriginRequestHeaderBehavior.allowList("Origin", "Accept", "Accept-Language",
                        "Content-Type", "User-Agent", "X-Portal-Request", "CloudFront-Viewer-Address"))
                .build();
    }

    public Distribution distribution() {
        return distribution;
    }
}
