package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.login.AddressThrottle;
import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.signup.PendingSignup;
import com.secureexchanges.portal.core.signup.SignupState;
import com.secureexchanges.portal.core.signup.SignupStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Sign-up requests in DynamoDB: {@link #read} is one {@code BatchGetItem} (the address's claim, its
 * domain's approval, the address's throttle); {@link #commit} is the sign-in request's transaction
 * with the pending sign-up in it.
 */
public final class DynamoSignupStore implements SignupStore {

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoSignupStore(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    @Override
    public SignupState read(String addressKey, EmailAddress email) {
        var found = Reads.batch(dynamo, Map.of(
                tables.directory(), List.of(UserItems.emailKey(email), DomainItems.approvalKey(email.domain())),
                tables.auth(), List.of(LoginItems.addressKey(addressKey))));
        var directory = found.getOrDefault(tables.directory(), List.of());
        boolean userExists = directory.stream().anyMatch(item -> item.containsKey("userId"));
        Optional<String> domainOwner = directory.stream().filter(item -> item.containsKey("approvedBy"))
                .map(item -> item.get("approvedBy").s()).findFirst();
        var throttle = found.getOrDefault(tables.auth(), List.of()).stream().findFirst().map(LoginItems::toThrottle)
                .orElse(AddressThrottle.NONE);
        return new SignupState(userExists, domainOwner, throttle);
    }

    @Override
    public CommitOutcome commit(LoginAttempt attempt, Optional<PendingSignup> signup) {
        return DynamoLoginStore.commit(dynamo, tables, attempt,
                signup.map(s -> DynamoLoginStore.putNew(tables, SignupItems.item(s))).stream().toList());
    }

    @Override
    public Optional<PendingSignup> find(String tokenHash) {
        var item = dynamo.getItem(r -> r.tableName(tables.auth()).key(SignupItems.key(tokenHash)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(SignupItems.toSignup(item));
    }
}
