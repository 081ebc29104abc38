package com.secureexchanges.portal.config;

import java.util.List;
import java.util.Optional;

/**
 * One DynamoDB table as the code uses it. The dev server creates tables from these and the CDK
 * stack defines them from these, so the two cannot drift.
 *
 * @param id           short logical name ("auth"); the deployed name comes from configuration
 * @param envVariable  the environment variable that carries the deployed name to the functions
 * @param ttlAttribute the attribute DynamoDB purges expired items by (cleanup only; expiry is
 *                     always checked by the code)
 * @param lasting      whether the data must survive (point-in-time recovery, deletion protection)
 * @param indexes      global secondary indexes (eventually consistent: never used to decide)
 * @param localIndexes local secondary indexes (same partition key; strongly consistent reads; they
 *                     can only be created with the table)
 * @param stream       whether the table has a stream of new items' images (the outbox's: the
 *                     deliveries function reads it)
 */
public record TableSpec(String id, String envVariable, KeyAttribute partitionKey, Optional<KeyAttribute> sortKey,
                        Optional<String> ttlAttribute, boolean lasting, List<IndexSpec> indexes,
                        List<IndexSpec> localIndexes, boolean stream) {
}
