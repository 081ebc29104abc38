package com.secureexchanges.portal.config;

import java.util.List;
import java.util.Optional;

/**
 * One Lambda function: a handler class serving one route family, and exactly the access it needs
 * (the CDK stack grants this and nothing more).
 *
 * @param handlerClass fully qualified name of the {@code RequestHandler}
 * @param tables       what it may do with each table it uses (at most one access per table)
 * @param sendsMail    whether it may call SES
 * @param sendsSms     whether it may publish SMS through SNS (to phone numbers only: never to a topic)
 * @param readsKeys    whether it needs the HMAC keys secret
 * @param artifact     the jar it runs from: it holds SES exactly when the function sends mail, SNS exactly when
 *                     it sends SMS
 */
public record FunctionSpec(String id, String handlerClass, List<TableAccess> tables, boolean sendsMail,
                           boolean sendsSms, boolean readsKeys, Artifact artifact) {

    public FunctionSpec {
        tables = List.copyOf(tables);
        if (tables.stream().map(TableAccess::table).distinct().count() != tables.size()) {
            throw new IllegalArgumentException(id + " names a table twice");
        }
        if (artifact.libraries().contains(Library.SES) != sendsMail
                || artifact.libraries().contains(Library.SNS) != sendsSms) {
            throw new IllegalArgumentException(id + " runs from " + artifact + ", which does not hold exactly the "
                    + "mail and SMS clients it uses");
        }
    }

    /** A function that needs no optional library but the mail and SMS clients it uses. */
    public FunctionSpec(String id, String handlerClass, List<TableAccess> tables, boolean sendsMail, boolean sendsSms,
                        boolean readsKeys) {
        this(id, handlerClass, tables, sendsMail, sendsSms, readsKeys, Artifact.sending(sendsMail, sendsSms));
    }

    /** What it may do with {@code table}; empty when it may not touch it. */
    public Optional<TableAccess> access(TableSpec table) {
        return tables.stream().filter(a -> a.table().equals(table)).findFirst();
    }
}
