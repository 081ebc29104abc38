package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.AccountStore;
import com.secureexchanges.portal.core.audit.EventStore;
import com.secureexchanges.portal.core.domain.DomainDirectory;
import com.secureexchanges.portal.core.login.LoginStore;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.session.SessionStore;
import com.secureexchanges.portal.core.twofactor.ChallengeCompletion;
import com.secureexchanges.portal.core.twofactor.ChallengeStore;
import com.secureexchanges.portal.core.user.UserDirectory;

/** The DynamoDB stores over one client and one set of tables. */
public final class DynamoStores {

    private final DynamoLoginStore login;
    private final DynamoSessionStore sessions;
    private final DynamoChallengeStore challenges;
    private final DynamoUserDirectory users;
    private final DynamoAccountStore accounts;
    private final DynamoEventStore events;
    private final DynamoRateLimiter limiter;
    private final DynamoDomainDirectory domains;

    public DynamoStores(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, TableNames tables) {
        this.login = new DynamoLoginStore(dynamo, tables);
        this.sessions = new DynamoSessionStore(dynamo, tables);
        this.challenges = new DynamoChallengeStore(dynamo, tables);
        this.users = new DynamoUserDirectory(dynamo, tables);
        this.accounts = new DynamoAccountStore(dynamo, tables.directory());
        this.events = new DynamoEventStore(dynamo, tables);
        this.limiter = new DynamoRateLimiter(dynamo, tables.auth());
        this.domains = new DynamoDomainDirectory(dynamo, tables.directory());
    }

    public LoginStore login() {
        return login;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public ChallengeStore challenges() {
        return challenges;
    }

    public ChallengeCompletion completion() {
        return challenges;
    }

    public UserDirectory users() {
        return users;
    }

    public AccountStore accounts() {
        return accounts;
    }

    public EventStore events() {
        return events;
    }

    public RateLimiter limiter() {
        return limiter;
    }

    public DomainDirectory domains() {
        return domains;
    }
}
