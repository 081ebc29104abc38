package com.secureexchanges.portal.infra.construct;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.constructs.Construct;

/** The site's files: a private bucket, TLS only, emptied and deleted with the stack, whoever serves it. */
final class SiteBucket {

    private SiteBucket() {
    }

    /** The bucket, as {@code Bucket} in {@code scope}. */
    static Bucket create(Construct scope) {
        return Bucket.Builder.create(scope, "Bucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.DESTROY)
                .autoDeleteObjects(true)
                .build();
    }
}
