package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserPage;
import com.secureexchanges.portal.core.user.UserQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Pages of an account's users from the {@code usersByName} or {@code usersByEmail} index. The cursor
 * names only a position (sort value and user id); the account in every key comes from the caller, so
 * a cursor cannot reach another account. A search reads on until the page is full.
 */
final class UserPages {

    /** Reads per page at most when a search filters most users out. */
    private static final int MAX_READS = 5;
    private static final int SEARCH_BATCH = 200;
    /** Longer than any sort value the portal writes (names of 100, an address of 254), under DynamoDB's 1,024 bytes. */
    private static final int MAX_SORT_VALUE = 600;

    private UserPages() {
    }

    static UserPage read(DynamoDbClient dynamo, String table, String accountId, UserQuery query) {
        String sortAttribute = query.sort() == UserQuery.Sort.NAME ? UserItems.NAME_KEY : UserItems.EMAIL_KEY;
        String index = query.sort() == UserQuery.Sort.NAME ? UserItems.BY_NAME : UserItems.BY_EMAIL;
        Map<String, AttributeValue> start = query.cursor().map(c -> startKey(accountId, sortAttribute, c)).orElse(null);
        List<User> users = new ArrayList<>();
        for (int read = 0; read < MAX_READS && users.size() < query.limit(); read++) {
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":a", s(accountId)));
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(index)
                    .keyConditionExpression("accountId = :a").exclusiveStartKey(start);
            if (query.text().isPresent()) {
                values.put(":q", s(query.text().get().toLowerCase(Locale.ROOT)));
                request.filterExpression("contains(" + UserItems.SEARCH_TEXT + ", :q)")
                        .limit(Math.max(SEARCH_BATCH, query.limit()));
            } else {
                request.limit(query.limit() - users.size());
            }
            var out = dynamo.query(request.expressionAttributeValues(values).build());
            for (Map<String, AttributeValue> item : out.items()) {
                if (users.size() == query.limit()) {
                    break;
                }
                users.add(UserItems.toUser(item));
            }
            start = out.hasLastEvaluatedKey() && !out.lastEvaluatedKey().isEmpty() ? out.lastEvaluatedKey() : null;
            if (start == null) {
                break;
            }
        }
        boolean more = start != null || users.size() == query.limit();
        Optional<String> cursor = more && !users.isEmpty()
                ? Optional.of(cursorOf(users.getLast(), sortAttribute)) : Optional.empty();
        return new UserPage(users, cursor);
    }

    private static String cursorOf(User last, String sortAttribute) {
        String sortValue = sortAttribute.equals(UserItems.NAME_KEY) ? UserItems.nameKey(last) : last.email().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString((sortValue + "\n" + last.id())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The index position after which the page starts, for this account only. */
    private static Map<String, AttributeValue> startKey(String accountId, String sortAttribute, String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("not a cursor");
        }
        int newline = text.lastIndexOf('\n');
        if (newline <= 0 || newline > MAX_SORT_VALUE || !UserKey.isId(text.substring(newline + 1))) {
            throw new IllegalArgumentException("not a cursor");
        }
        String userId = text.substring(newline + 1);
        UserKey key = new UserKey(accountId, userId);
        Map<String, AttributeValue> start = new HashMap<>(UserItems.userKey(key));
        start.put("accountId", s(accountId));
        start.put(sortAttribute, s(text.substring(0, newline)));
        return start;
    }
}
