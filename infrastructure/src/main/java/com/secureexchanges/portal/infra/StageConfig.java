package com.secureexchanges.portal.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What an operator chooses per deployment, from CDK context.
 *
 * @param stage        short name, part of every resource name ({@code prod}, {@code test})
 * @param siteUrl      the portal's public origin; links in emails are built from it
 * @param mailFrom     the verified SES sender address
 * @param productName  the name shown in emails and pages
 * @param lambdaJar    the functions' shaded jar (built by Maven before synth)
 * @param lastingData  whether tables are protected from deletion and kept when the stack is destroyed
 */
public record StageConfig(String stage, String siteUrl, String mailFrom, String productName, Path lambdaJar,
                          boolean lastingData) {

    public static final String JAR = "functions/target/functions.jar";

    public StageConfig {
        if (!stage.matches("[a-z][a-z0-9-]{0,19}")) {
            throw new IllegalArgumentException("stage must be lower-case letters, digits and dashes: " + stage);
        }
        if (!Files.isRegularFile(lambdaJar)) {
            throw new IllegalStateException("The Lambda jar " + lambdaJar + " is missing: build it first with "
                    + "'mvn -pl functions -am package -DskipTests' (the test command builds it too).");
        }
    }

    public static StageConfig fromContext(Function<String, Object> context) {
        String stage = text(context, "stage", "dev");
        return new StageConfig(stage,
                text(context, "siteUrl", "https://portal.example.com"),
                text(context, "mailFrom", "no-reply@example.com"),
                text(context, "productName", "Secure Exchanges"),
                findJar(),
                Boolean.parseBoolean(text(context, "lastingData", Boolean.toString(!stage.equals("dev")))));
    }

    private static String text(Function<String, Object> context, String key, String fallback) {
        Object value = context.apply(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    /** The jar relative to the checkout, whether synth runs from the root (cdk.json) or a module (tests). */
    static Path findJar() {
        String root = System.getProperty("portal.repoRoot");
        Path start = Path.of(root != null ? root : "").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("cdk.json"))) {
                return dir.resolve(JAR);
            }
        }
        return start.resolve(JAR);
    }
}
