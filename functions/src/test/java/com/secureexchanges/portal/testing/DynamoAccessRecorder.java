package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.TableAccess;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.config.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Records what each DynamoDB call of a client asks of IAM: one {@link Access} per action and table (or
 * index), as IAM authorises it. A transaction is one access per item ({@code Put} → {@code PutItem},
 * {@code ConditionCheck} → {@code ConditionCheckItem}…), a batch read one per table; an update also
 * names the attributes IAM's {@code dynamodb:Attributes} sees (key, update and condition) and its
 * {@code ReturnValues}.
 */
public final class DynamoAccessRecorder implements ExecutionInterceptor {

    /** An attribute name or {@code #placeholder} in an expression: not a value, not a function's name. */
    private static final Pattern NAME = Pattern.compile("(?<![\\w:#.])#?[A-Za-z_][A-Za-z0-9_]*+(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("SET", "REMOVE", "ADD", "DELETE", "AND", "OR", "NOT",
            "BETWEEN", "IN");
    private static final String PSEUDONYMISING = "UpdateItem(personal attributes)";

    /**
     * One authorisation: {@code action} (an IAM action without its prefix, e.g. {@code PutItem}) on
     * {@code table}, or on its {@code index}.
     *
     * @param attributes   for an update, the attributes it names; else empty
     * @param returnValues for an update, what it reads back ({@code NONE} when unset); else empty
     */
    public record Access(String action, String table, Optional<String> index, Set<String> attributes,
                         String returnValues) {

        static Access of(String action, String table) {
            return new Access(action, table, Optional.empty(), Set.of(), "");
        }

        /**
         * The grant of {@code function}'s declared access that covers this, as the CDK stack grants it
         * (see {@link #grants}); empty when none does.
         */
        public Optional<String> grantIn(FunctionSpec function, TableNames names) {
            Optional<TableAccess> access = Tables.all().stream().filter(t -> names.nameOf(t).equals(table))
                    .findFirst().flatMap(function::access);
            Optional<TableAccess.Action> known = Arrays.stream(TableAccess.Action.values())
                    .filter(a -> a.operation().equals(action)).findFirst();
            if (access.isEmpty() || known.isEmpty()) {
                return Optional.empty();
            }
            String id = access.get().table().id();
            if (access.get().allows(known.get(), index)) {
                return Optional.of(id + index.map(i -> "/index/" + i).orElse("") + ":" + action);
            }
            boolean pseudonymising = known.get() == TableAccess.Action.UPDATE_ITEM && index.isEmpty()
                    && access.get().pseudonymises() && TableAccess.PERSONAL_ATTRIBUTES.containsAll(attributes)
                    && returnValues.equals("NONE");
            return pseudonymising ? Optional.of(id + ":" + PSEUDONYMISING) : Optional.empty();
        }
    }

    /**
     * Every grant of {@code function}'s declared access: {@code table:Action}, {@code table/index/name:Query},
     * and {@code table:UpdateItem(personal attributes)} for the pseudonymising update.
     */
    public static Set<String> grants(FunctionSpec function) {
        Set<String> out = new TreeSet<>();
        for (TableAccess access : function.tables()) {
            String id = access.table().id();
            access.actions().forEach(a -> out.add(id + ":" + a.operation()));
            access.indexes().forEach(i -> out.add(id + "/index/" + i.name() + ":Query"));
            if (access.pseudonymises()) {
                out.add(id + ":" + PSEUDONYMISING);
            }
        }
        return out;
    }

    private final List<Access> accesses = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        accesses.addAll(of(context.request(), attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)));
    }

    /** The accesses since the last drain, then forgets them. */
    public List<Access> drain() {
        synchronized (accesses) {
            List<Access> out = List.copyOf(accesses);
            accesses.clear();
            return out;
        }
    }

    static List<Access> of(SdkRequest request, String operation) {
        return switch (request) {
            case GetItemRequest r -> List.of(Access.of("GetItem", r.tableName()));
            case BatchGetItemRequest r -> r.requestItems().keySet().stream().map(t -> Access.of("BatchGetItem", t))
                    .toList();
            case QueryRequest r -> List.of(new Access("Query", r.tableName(), Optional.ofNullable(r.indexName()),
                    Set.of(), ""));
            case ScanRequest r -> List.of(new Access("Scan", r.tableName(), Optional.ofNullable(r.indexName()),
                    Set.of(), ""));
            case PutItemRequest r -> List.of(Access.of("PutItem", r.tableName()));
            case UpdateItemRequest r -> List.of(new Access("UpdateItem", r.tableName(), Optional.empty(),
                    named(r.key(), r.expressionAttributeNames(), r.updateExpression(), r.conditionExpression()),
                    Optional.ofNullable(r.returnValuesAsString()).orElse("NONE")));
            case DeleteItemRequest r -> List.of(Access.of("DeleteItem", r.tableName()));
            case BatchWriteItemRequest r -> r.requestItems().keySet().stream()
                    .map(t -> Access.of("BatchWriteItem", t)).toList();
            case TransactWriteItemsRequest r -> r.transactItems().stream().map(DynamoAccessRecorder::item).toList();
            case TransactGetItemsRequest r -> r.transactItems().stream()
                    .map(i -> Access.of("GetItem", i.get().tableName())).toList();
            default -> List.of(Access.of(operation, ""));
        };
    }

    private static Access item(TransactWriteItem item) {
        if (item.put() != null) {
            return Access.of("PutItem", item.put().tableName());
        }
        if (item.update() != null) {
            var u = item.update();
            return new Access("UpdateItem", u.tableName(), Optional.empty(),
                    named(u.key(), u.expressionAttributeNames(), u.updateExpression(), u.conditionExpression()), "NONE");
        }
        if (item.delete() != null) {
            return Access.of("DeleteItem", item.delete().tableName());
        }
        return Access.of("ConditionCheckItem", item.conditionCheck().tableName());
    }

    /** The attributes an update names: its key's, and those of its expressions ({@code #names} resolved). */
    static Set<String> named(Map<String, AttributeValue> key, Map<String, String> placeholders, String... expressions) {
        Set<String> out = new TreeSet<>(key.keySet());
        for (String expression : expressions) {
            Matcher m = NAME.matcher(expression == null ? "" : expression);
            while (m.find()) {
                String name = m.group();
                if (name.startsWith("#")) {
                    out.add(placeholders.getOrDefault(name, name));
                } else if (!KEYWORDS.contains(name.toUpperCase(Locale.ROOT))) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
