package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.Artifact;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.IndexSpec;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.TableAccess;
import com.secureexchanges.portal.config.TableSpec;
import com.secureexchanges.portal.config.Tables;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * One Lambda function per route family of {@link Routes}: java21 on arm64, SnapStart behind a
 * {@code live} alias, and only the access its {@link FunctionSpec} names.
 */
public final class PortalFunctions extends Construct {

    /**
     * @param jar                the core jar; the other {@link Artifact}s are found beside it
     * @param eventRetentionDays passed on as {@code EVENT_RETENTION_DAYS}: how long each event is kept
     */
    public record Props(String stage, Path jar, DataTables tables, Secret keys, Secret originSecret,
                        Messaging messaging, String mailFrom, String productName, int memoryMb,
                        int eventRetentionDays, Optional<String> smsCountries) {
    }

    /** All that {@link TableAccess.Mode#APPEND} allows: add an item, read items back; never change one. */
    private static final List<String> APPEND_ACTIONS = List.of("dynamodb:PutItem", "dynamodb:Query");

    private final Map<String, Alias> aliases = new LinkedHashMap<>();
    private final Map<String, Function> functions = new LinkedHashMap<>();

    public PortalFunctions(Construct scope, String id, Props props) {
        super(scope, id);
        Map<Artifact, Code> jars = new EnumMap<>(Artifact.class);
        for (FunctionSpec spec : Routes.functions()) {
            Code code = jars.computeIfAbsent(spec.artifact(),
                    a -> Code.fromAsset(props.jar().resolveSibling(a.fileName()).toString()));
            Map<String, String> env = new HashMap<>();
            env.put("MAIL_FROM", props.mailFrom());
            env.put("SES_CONFIGURATION_SET", props.messaging().signInMail().getConfigurationSetName());
            env.put("PRODUCT_NAME", props.productName());
            env.put("HMAC_SECRET_ID", props.keys().getSecretArn());
            env.put("ORIGIN_SECRET_ID", props.originSecret().getSecretArn());
            env.put(AppConfig.EVENT_RETENTION_DAYS, Integer.toString(props.eventRetentionDays()));
            props.smsCountries().ifPresent(list -> env.put(AppConfig.SMS_COUNTRIES, list));
            Tables.all().forEach(t -> env.put(t.envVariable(), props.tables().table(t).getTableName()));
            LogGroup logs = LogGroup.Builder.create(this, spec.id() + "Logs")
                    .logGroupName("/aws/lambda/portal-" + props.stage() + "-" + spec.id())
                    .retention(RetentionDays.THREE_MONTHS).build();
            Function function = Function.Builder.create(this, spec.id())
                    .functionName("portal-" + props.stage() + "-" + spec.id())
                    .runtime(Runtime.JAVA_21)
                    .architecture(Architecture.ARM_64)
                    .handler(spec.handlerClass() + "::handleRequest")
                    .code(code)
                    .memorySize(props.memoryMb())
                    .timeout(Duration.seconds(15))
                    .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                    .loggingFormat(LoggingFormat.JSON)
                    .logGroup(logs)
                    .environment(env)
                    .build();
            Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                    "API Gateway calls the published version through the live alias");
            grant(function, spec, props);
            functions.put(spec.id(), function);
            aliases.put(spec.id(), Alias.Builder.create(this, spec.id() + "Live")
                    .aliasName("live").version(function.getCurrentVersion()).build());
        }
    }

    private static void grant(Function function, FunctionSpec spec, Props props) {
        for (TableAccess access : spec.tables()) {
            Table table = props.tables().table(access.table());
            switch (access.mode()) {
                case READ -> table.grantReadData(function);
                case READ_WRITE -> table.grantReadWriteData(function);
                case APPEND -> function.addToRolePolicy(appendOnly(table, access.table()));
                case APPEND_AND_PSEUDONYMISE -> {
                    function.addToRolePolicy(appendOnly(table, access.table()));
                    function.addToRolePolicy(pseudonymiseOnly(table));
                }
            }
        }
        if (spec.readsKeys()) {
            props.keys().grantRead(function);
        }
        props.originSecret().grantRead(function);
        if (spec.sendsSms()) {
            // SMS to a phone number has no resource ARN to scope to; the monthly spend limit bounds it.
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("sns:Publish")).resources(List.of("*")).build());
        }
        if (spec.sendsMail()) {
            Stack stack = Stack.of(function);
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("ses:SendEmail"))
                    .resources(List.of(props.messaging().identity().getEmailIdentityArn(),
                            stack.formatArn(ArnComponents.builder().service("ses").resource("configuration-set")
                                    .resourceName(props.messaging().signInMail().getConfigurationSetName()).build())))
                    .build());
        }
    }

    /**
     * Put and query on the table and on its indexes, named one by one. {@code grantReadWriteData} would
     * add {@code UpdateItem}, {@code DeleteItem} and {@code BatchWriteItem} (enough to rewrite the event
     * log) and an {@code index/*} wildcard. A put inside {@code TransactWriteItems} is authorised as
     * {@code PutItem}, so the functions' transactional appends need nothing more.
     */
    private static PolicyStatement appendOnly(Table table, TableSpec spec) {
        Stream<String> indexes = Stream.concat(spec.localIndexes().stream(), spec.indexes().stream())
                .map(IndexSpec::name).map(name -> table.getTableArn() + "/index/" + name);
        List<String> resources = Stream.concat(Stream.of(table.getTableArn()), indexes).toList();
        return PolicyStatement.Builder.create().actions(APPEND_ACTIONS).resources(resources).build();
    }

    /**
     * {@code UpdateItem} of the personal attributes of a stored event only (SPEC U3: a deleted user's
     * events are pseudonymised), enforced by IAM: every attribute the request names must be one of
     * {@link TableAccess#PERSONAL_ATTRIBUTES}, and nothing is read back.
     */
    private static PolicyStatement pseudonymiseOnly(Table table) {
        return PolicyStatement.Builder.create().actions(List.of("dynamodb:UpdateItem"))
                .resources(List.of(table.getTableArn()))
                .conditions(Map.of(
                        "ForAllValues:StringEquals", Map.of("dynamodb:Attributes", TableAccess.PERSONAL_ATTRIBUTES),
                        "StringEqualsIfExists", Map.of("dynamodb:ReturnValues", List.of("NONE"))))
                .build();
    }

    public Alias alias(FunctionSpec spec) {
        return aliases.get(spec.id());
    }

    /** Every function by id. */
    public Map<String, Function> functions() {
        return functions;
    }

    /** Tells every function the site's public origin, once the site exists. */
    public void setSiteUrl(String siteUrl) {
        functions.values().forEach(f -> f.addEnvironment("SITE_URL", siteUrl));
    }
}
