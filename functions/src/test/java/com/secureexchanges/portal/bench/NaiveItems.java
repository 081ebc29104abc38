package com.secureexchanges.portal.bench;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The naive baseline's DynamoDB items: mutable beans mapped by the Enhanced Client's bean schema (reflection
 * and generated lambdas at first use), one table each, as Lambda samples usually do. Benchmark code only.
 */
public final class NaiveItems {

    private NaiveItems() {
    }

    /** A captcha: the keyed hash of its answer, its expiry, whether it was used. */
    @DynamoDbBean
    public static class Captcha {
        private String id;
        private String answerHash;
        private long expiresAt;
        private boolean used;

        @DynamoDbPartitionKey
        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getAnswerHash() {
            return answerHash;
        }

        public void setAnswerHash(String answerHash) {
            this.answerHash = answerHash;
        }

        public long getExpiresAt() {
            return expiresAt;
        }

        public void setExpiresAt(long expiresAt) {
            this.expiresAt = expiresAt;
        }

        public boolean isUsed() {
            return used;
        }

        public void setUsed(boolean used) {
            this.used = used;
        }
    }

    /** A user, keyed by address. */
    @DynamoDbBean
    public static class User {
        private String email;
        private String id;
        private String firstName;
        private boolean active;

        @DynamoDbPartitionKey
        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    /** A sign-in link: the keyed hashes of its token and of the browser's binding. */
    @DynamoDbBean
    public static class Link {
        private String tokenHash;
        private String userId;
        private String bindingHash;
        private long expiresAt;

        @DynamoDbPartitionKey
        public String getTokenHash() {
            return tokenHash;
        }

        public void setTokenHash(String tokenHash) {
            this.tokenHash = tokenHash;
        }

        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public String getBindingHash() {
            return bindingHash;
        }

        public void setBindingHash(String bindingHash) {
            this.bindingHash = bindingHash;
        }

        public long getExpiresAt() {
            return expiresAt;
        }

        public void setExpiresAt(long expiresAt) {
            this.expiresAt = expiresAt;
        }
    }

    /** An audit event, hashed like the real log's (SHA-256 over its fields). */
    @DynamoDbBean
    public static class Event {
        private String id;
        private String userId;
        private String type;
        private String at;
        private String hash;

        @DynamoDbPartitionKey
        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getAt() {
            return at;
        }

        public void setAt(String at) {
            this.at = at;
        }

        public String getHash() {
            return hash;
        }

        public void setHash(String hash) {
            this.hash = hash;
        }
    }

    /** The request body, bound by Jackson databind. */
    public static class LoginBody {
        public String email;
        public String captchaId;
        public String captchaAnswer;
    }
}
