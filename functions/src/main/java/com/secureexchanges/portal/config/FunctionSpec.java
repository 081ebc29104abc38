package com.secureexchanges.portal.config;

import java.util.List;

/**
 * One Lambda function: a handler class serving one route family, and exactly the access it needs
 * (the CDK stack grants this and nothing more).
 *
 * @param handlerClass fully qualified name of the {@code RequestHandler}
 * @param sendsMail    whether it may call SES
 * @param sendsSms     whether it may publish SMS through SNS
 * @param readsKeys    whether it needs the HMAC keys secret
 * @param artifact     the jar it runs from
 */
public record FunctionSpec(String id, String handlerClass, List<TableAccess> tables, boolean sendsMail,
                           boolean sendsSms, boolean readsKeys, Artifact artifact) {

    /** A function running from the core jar. */
    public FunctionSpec(String id, String handlerClass, List<TableAccess> tables, boolean sendsMail, boolean sendsSms,
                        boolean readsKeys) {
        this(id, handlerClass, tables, sendsMail, sendsSms, readsKeys, Artifact.CORE);
    }
}
