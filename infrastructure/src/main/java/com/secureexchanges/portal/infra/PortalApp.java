package com.secureexchanges.portal.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/** The CDK app: one stack per stage, configured from CDK context ({@code cdk deploy -c stage=prod ...}). */
public final class PortalApp {

    private PortalApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        StageConfig config = StageConfig.fromContext(app.getNode()::tryGetContext);
        new PortalStack(app, "SecureExchangesPortal-" + config.stage(), StackProps.builder()
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(System.getenv("CDK_DEFAULT_REGION"))
                        .build())
                .description("Secure Exchanges online portal (" + config.stage() + ")")
                .build(), config);
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        app.synth();
    }
}
