package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.SiteAssets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.constructs.Construct;

/**
 * The site's files: a private bucket, TLS only, emptied and deleted with the stack, whoever serves it; and
 * the files as published into it.
 */
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

    /**
     * The site as published under {@code base} ({@link SiteAssets#stage}): fingerprinted assets, pages
     * pointing at them, in a folder of its own.
     */
    static Path staged(Path siteDir, String base) {
        try {
            Path out = Files.createTempDirectory("portal-site");
            SiteAssets.stage(siteDir, out, base);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the site from " + siteDir, e);
        }
    }
}
