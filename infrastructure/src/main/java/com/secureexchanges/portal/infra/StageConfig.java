package com.secureexchanges.portal.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an operator chooses per deployment, from CDK context ({@code cdk deploy -c key=value}).
 *
 * @param stage          short name, part of every resource name ({@code prod}, {@code test})
 * @param domainName     the portal's own domain; empty to use CloudFront's
 * @param certificateArn an ACM certificate for {@code domainName}, in us-east-1
 * @param mailFrom       the sender address, an SES identity the operator verifies
 * @param productName    the name shown in emails, SMS and pages
 * @param alarmEmail     where alarms are mailed, if anywhere
 * @param adminEmail     the first administrator, created with the stack if given
 * @param smsMonthlySpendLimitUsd the account's SNS SMS spend limit; an alarm fires at 80%
 * @param lastingData    whether tables are protected from deletion and kept when the stack is destroyed
 * @param memoryMb       memory of every function (at least 512; more memory also means more CPU)
 */
public record StageConfig(String stage, Optional<String> domainName, Optional<String> certificateArn,
                          String mailFrom, String productName, Optional<String> alarmEmail, Optional<String> adminEmail,
                          int smsMonthlySpendLimitUsd, boolean lastingData, int memoryMb, Path lambdaJar,
                          Path siteDir) {

    public static final String JAR = "functions/target/functions.jar";

    public StageConfig {
        if (!stage.matches("[a-z][a-z0-9-]{0,19}")) {
            throw new IllegalArgumentException("stage must be lower-case letters, digits and dashes: " + stage);
        }
        if (domainName.isPresent() != certificateArn.isPresent()) {
            throw new IllegalArgumentException("domainName and certificateArn go together");
        }
        if (memoryMb < 512 || memoryMb > 10_240) {
            throw new IllegalArgumentException("memoryMb must be between 512 and 10240: " + memoryMb);
        }
        if (!Files.isRegularFile(lambdaJar)) {
            throw new IllegalStateException("The Lambda jar " + lambdaJar + " is missing: build it first with "
                    + "'mvn -pl functions -am package -DskipTests' (the test command builds it too).");
        }
    }

    public static StageConfig fromContext(Function<String, Object> context) {
        String stage = text(context, "stage").orElse("dev");
        Path root = findRoot();
        return new StageConfig(stage, text(context, "domainName"), text(context, "certificateArn"),
                text(context, "mailFrom").orElse("no-reply@example.com"),
                text(context, "productName").orElse("Secure Exchanges"),
                text(context, "alarmEmail"), text(context, "adminEmail"),
                Integer.parseInt(text(context, "smsMonthlySpendLimit").orElse("10")),
                Boolean.parseBoolean(text(context, "lastingData").orElse(Boolean.toString(!stage.equals("dev")))),
                Integer.parseInt(text(context, "memoryMb").orElse("1024")),
                root.resolve(JAR), root.resolve("static-site"));
    }

    private static Optional<String> text(Function<String, Object> context, String key) {
        Object value = context.apply(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    /** The checkout, whether synth runs from the root (cdk.json) or from a module (tests). */
    static Path findRoot() {
        String root = System.getProperty("portal.repoRoot");
        Path start = Path.of(root != null ? root : "").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("cdk.json"))) {
                return dir;
            }
        }
        return start;
    }

    static Path findJar() {
        return findRoot().resolve(JAR);
    }
}
