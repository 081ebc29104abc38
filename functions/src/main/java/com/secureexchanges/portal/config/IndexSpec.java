package com.secureexchanges.portal.config;

/** A global secondary index, projecting all attributes. */
public record IndexSpec(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {
}
