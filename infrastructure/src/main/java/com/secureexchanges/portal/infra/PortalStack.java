package com.secureexchanges.portal.infra;

import com.secureexchanges.portal.infra.construct.DataTables;
import com.secureexchanges.portal.infra.construct.KeySecret;
import com.secureexchanges.portal.infra.construct.PortalApi;
import com.secureexchanges.portal.infra.construct.PortalFunctions;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** The portal in one stack, composed of small constructs and nothing else. */
public final class PortalStack extends Stack {

    public PortalStack(Construct scope, String id, StackProps props, StageConfig config) {
        super(scope, id, props);
        DataTables tables = new DataTables(this, "Data", new DataTables.Props(config.stage(), config.lastingData()));
        KeySecret keys = new KeySecret(this, "Keys", config.stage());
        PortalFunctions functions = new PortalFunctions(this, "Functions", new PortalFunctions.Props(config.stage(),
                config.lambdaJar(), tables, keys.secret(), config.siteUrl(), config.mailFrom(), config.productName(),
                1024));
        PortalApi api = new PortalApi(this, "Http", new PortalApi.Props(config.stage(), functions, 50, 100));
        CfnOutput.Builder.create(this, "ApiUrl").value(api.api().getUrl()).build();
    }
}
