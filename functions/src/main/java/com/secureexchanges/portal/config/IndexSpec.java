package com.secureexchanges.portal.config;

/** A secondary index (global or local, as the table lists it), projecting all attributes. */
public record IndexSpec(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {
}
