package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.DeliveryFeed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The auth table's stream read as the Lambda service reads it for the deliveries function, for the
 * local portal (DynamoDB Local, or an emulator with {@code AWS_ENDPOINT_URL}) and tests: every shard
 * from its start, new items only, deliveries only. Keeps its place in each shard between calls;
 * not thread-safe (one reader per table, see {@code DeliveryPump}).
 */
public final class DynamoDeliveryStream implements DeliveryFeed {

    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final String table;
    private final Map<String, String> lastSeen = new HashMap<>();
    private final Set<String> finished = new HashSet<>();
    private Optional<String> streamArn = Optional.empty();

    public DynamoDeliveryStream(DynamoDbClient dynamo, DynamoDbStreamsClient streams, String authTable) {
        this.dynamo = dynamo;
        this.streams = streams;
        this.table = authTable;
    }

    @Override
    public List<Delivery> next() {
        String arn = streamArn.orElseGet(this::latestStream);
        streamArn = Optional.of(arn);
        List<Delivery> found = new ArrayList<>();
        for (Shard shard : streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards()) {
            if (!finished.contains(shard.shardId())) {
                read(arn, shard, found);
            }
        }
        return found;
    }

    /**
     * Reads a shard on from the last record seen (a fresh iterator each time: an iterator kept from an
     * empty read can miss the next record on DynamoDB Local).
     */
    private void read(String arn, Shard shard, List<Delivery> found) {
        String last = lastSeen.get(shard.shardId());
        String iterator = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard.shardId())
                .shardIteratorType(last == null ? ShardIteratorType.TRIM_HORIZON : ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                .sequenceNumber(last)).shardIterator();
        while (iterator != null) {
            String current = iterator;
            GetRecordsResponse page;
            try {
                page = streams.getRecords(r -> r.shardIterator(current).limit(1000));
            } catch (ExpiredIteratorException | TrimmedDataAccessException lost) {
                return;
            }
            for (Record record : page.records()) {
                lastSeen.put(shard.shardId(), record.dynamodb().sequenceNumber());
                if (record.eventName() == OperationType.INSERT) {
                    DeliveryItems.fromImage(record.dynamodb().newImage()).ifPresent(found::add);
                }
            }
            if (page.nextShardIterator() == null) {
                finished.add(shard.shardId());
            }
            iterator = page.records().isEmpty() ? null : page.nextShardIterator();
        }
    }

    private String latestStream() {
        String arn = dynamo.describeTable(r -> r.tableName(table)).table().latestStreamArn();
        if (arn == null) {
            throw new IllegalStateException("the table " + table + " has no stream");
        }
        return arn;
    }
}
