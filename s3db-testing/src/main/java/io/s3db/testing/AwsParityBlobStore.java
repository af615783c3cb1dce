package io.s3db.testing;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.gaul.s3proxy.S3ErrorCode;
import org.gaul.s3proxy.S3ProxyException;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Wraps S3Proxy's store so that it refuses and serialises what AWS refuses and serialises.
 *
 * <p>S3Proxy 4.x talks to its stores through its own {@link BlobStore} interface, and renders any
 * {@code AwsServiceException} a store throws as an S3 error document with that exception's status
 * and error code ({@code S3ProxyHandlerJetty.handleAwsServiceException}). Decorating the store is
 * therefore the least invasive hook: no handler or servlet code is replaced. {@link
 * ForwardingBlobStore} is used as the base because {@code S3ProxyHandler.getBlobStoreType} unwraps
 * it, so S3Proxy still sees a {@code transient} or {@code filesystem} store and keeps its own
 * conditional-write handling for them.
 *
 * <p>Four corrections:
 *
 * <ol>
 *   <li><b>AWS's limits</b> ({@link AwsLimits}): user metadata over 2 KB is refused with {@code 400
 *       MetadataTooLarge} on PutObject, CopyObject with {@code REPLACE} and CreateMultipartUpload,
 *       and a key over 1 024 UTF-8 bytes with {@code 400 KeyTooLongError} on those and on HEAD and
 *       GET. S3Proxy accepts both (and its filesystem store silently drops metadata once the file's
 *       extended attributes overflow).
 *   <li><b>Atomic conditional writes.</b> For {@code If-Match} on a PUT, {@code
 *       S3ProxyHandler.handlePutBlob} looks at the current object ({@code blobMetadataIfPresent})
 *       and then calls {@code putBlob}, which the nio2 stores perform unconditionally: two writers
 *       holding the same ETag can both win. Here every write to a key (put, copy onto it, delete,
 *       multipart completion) holds that key's write lock, and a conditional put re-checks its
 *       {@code If-Match}/{@code If-None-Match} against the current object under the lock before
 *       writing. The handler's own earlier check stays; it can only fail a request early, never let
 *       a stale one through.
 *   <li><b>Whole reads.</b> The nio2 stores read an object's size, then its extended attributes
 *       (ETag, user metadata), each through the path ({@code
 *       AbstractNio2BlobStore.getBlobInternal}); {@code safeGetXattrs} treats any {@code
 *       IOException}, the {@code NoSuchFileException} of a DELETE landing in between included, as
 *       "no extended attributes". A HEAD or GET racing a DELETE then answered {@code 200} with no
 *       user metadata and no ETag, and one racing a PUT could mix two versions. AWS answers a whole
 *       object or 404. Here HEAD and GET (and every check S3Proxy makes through them) hold the
 *       key's read lock while the store reads; a GET's body is already open by then, so it streams
 *       after the lock is released, and a CopyObject reads its source under that key's read lock.
 *       The price: a read waits for a write of the same key in progress (AWS would answer the
 *       previous version at once); writes are short here, since the proxy and the SDK send whole
 *       bodies.
 *   <li><b>No writes in progress in listings.</b> The nio2 stores write a body to a scratch file
 *       beside the key and rename it onto the key at the end; a listing in between showed the
 *       scratch file as an object, whose HEAD had no user metadata. Listings leave those names out
 *       ({@link ScratchFiles}).
 * </ol>
 *
 * <p>It also turns one S3Proxy failure into a clear error: a key that collides with another key's
 * "directory" ({@code a/b} next to {@code a/b/c}), which S3Proxy's file-based stores cannot hold,
 * is answered with {@code 501 NotImplemented} and an explanation instead of a retried {@code 500
 * InternalError}.
 *
 * <p>Not covered, because S3Proxy settles these in its handler and never passes the condition to
 * the store: {@code If-Match} on DeleteObject and on CompleteMultipartUpload (a look, then an
 * unconditional write, still a small window), and the destination {@code If-Match}/{@code
 * If-None-Match} of CopyObject (ignored entirely).
 */
final class AwsParityBlobStore extends ForwardingBlobStore {

  private final KeyLocks locks = new KeyLocks();
  private final ScratchFiles scratch = new ScratchFiles();

  AwsParityBlobStore(BlobStore delegate) {
    super(delegate);
  }

  @Override
  public @Nullable HeadObjectResponse blobMetadata(HeadObjectRequest request) {
    AwsLimits.checkKey(request.key());
    return locks.reading(request.bucket(), request.key(), () -> delegate().blobMetadata(request));
  }

  @Override
  public @Nullable ResponseInputStream<GetObjectResponse> getBlob(GetObjectRequest request) {
    AwsLimits.checkKey(request.key());
    return locks.reading(request.bucket(), request.key(), () -> delegate().getBlob(request));
  }

  @Override
  public PutObjectResponse putBlob(PutObjectRequest request, InputStream payload) {
    AwsLimits.checkKey(request.key());
    AwsLimits.checkUserMetadata(request.metadata());
    return writing(
        request.bucket(),
        request.key(),
        () -> {
          if (request.ifMatch() != null || request.ifNoneMatch() != null) {
            checkCondition(
                request.bucket(), request.key(), request.ifMatch(), request.ifNoneMatch());
          }
          try {
            return delegate().putBlob(request, payload);
          } catch (RuntimeException e) {
            throw explainPathConflict(request.bucket(), request.key(), e);
          }
        });
  }

  @Override
  public CopyObjectResponse copyBlob(CopyObjectRequest request) {
    AwsLimits.checkKey(request.destinationKey());
    if (request.metadataDirective() == MetadataDirective.REPLACE) {
      AwsLimits.checkUserMetadata(request.metadata());
    }
    Supplier<CopyObjectResponse> copy =
        () -> {
          try {
            return delegate().copyBlob(request);
          } catch (RuntimeException e) {
            throw explainPathConflict(request.destinationBucket(), request.destinationKey(), e);
          }
        };
    if (request.sourceBucket() == null || request.sourceKey() == null) {
      return writing(request.destinationBucket(), request.destinationKey(), copy);
    }
    return scratch.writing(
        request.destinationBucket(),
        request.destinationKey(),
        () ->
            locks.writingWhileReading(
                request.destinationBucket(),
                request.destinationKey(),
                request.sourceBucket(),
                request.sourceKey(),
                copy));
  }

  @Override
  public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
    return locks.writing(request.bucket(), request.key(), () -> delegate().removeBlob(request));
  }

  @Override
  public MultipartUpload initiateMultipartUpload(CreateMultipartUploadRequest request) {
    AwsLimits.checkKey(request.key());
    AwsLimits.checkUserMetadata(request.metadata());
    return delegate().initiateMultipartUpload(request);
  }

  @Override
  public CompleteMultipartUploadResponse completeMultipartUpload(
      MultipartUpload mpu, CompleteMultipartUploadRequest request) {
    return writing(
        mpu.containerName(),
        mpu.blobName(),
        () -> delegate().completeMultipartUpload(mpu, request));
  }

  @Override
  public ListObjectsV2Response list(ListObjectsV2Request request) {
    long since = scratch.now();
    ListObjectsV2Response listed = delegate().list(request);
    List<S3Object> objects =
        listed.contents().stream()
            .filter(o -> !scratch.isScratch(request.bucket(), o.key(), since))
            .toList();
    if (objects.size() == listed.contents().size()) {
      return listed;
    }
    return listed.toBuilder()
        .contents(objects)
        .keyCount(objects.size() + listed.commonPrefixes().size())
        .build();
  }

  /** A write that holds the key's lock and whose scratch file listings do not show. */
  private <T> T writing(String bucket, String key, Supplier<T> write) {
    return scratch.writing(bucket, key, () -> locks.writing(bucket, key, write));
  }

  /**
   * Evaluates a PUT's conditions against the object as it is now; called with the key's lock held.
   */
  private void checkCondition(
      String bucket, String key, @Nullable String ifMatch, @Nullable String ifNoneMatch) {
    HeadObjectResponse current = delegate().blobMetadataIfPresent(bucket, key);
    String currentETag = current == null ? null : unquote(current.eTag());
    if (ifMatch != null) {
      if (current == null) {
        throw new S3ProxyException(S3ErrorCode.NO_SUCH_KEY);
      }
      if (!"*".equals(ifMatch.trim()) && !unquote(ifMatch).equals(currentETag)) {
        throw new S3ProxyException(S3ErrorCode.PRECONDITION_FAILED);
      }
    }
    if (ifNoneMatch != null
        && current != null
        && ("*".equals(ifNoneMatch.trim()) || unquote(ifNoneMatch).equals(currentETag))) {
      throw new S3ProxyException(S3ErrorCode.PRECONDITION_FAILED);
    }
  }

  /**
   * S3Proxy's stores keep each key as a file at the key's path, so {@code a/b} and {@code a/b/c}
   * cannot both exist (AWS allows it). The store then fails with an I/O error that S3Proxy answers
   * as a 500, which the SDK retries three times before reporting "internal error". Say what
   * happened instead, with a 501 that is not retried. Only consulted after a write failed, so it
   * costs nothing otherwise.
   */
  private RuntimeException explainPathConflict(
      String bucket, String key, RuntimeException failure) {
    if (failure instanceof AwsServiceException || key.endsWith("/")) {
      return failure;
    }
    try {
      boolean keyIsAPrefix =
          !delegate()
              .list(
                  ListObjectsV2Request.builder()
                      .bucket(bucket)
                      .prefix(key + "/")
                      .maxKeys(1)
                      .build())
              .contents()
              .isEmpty();
      String parentKey = null;
      for (int i = key.indexOf('/'); i > 0 && i < key.length() - 1; i = key.indexOf('/', i + 1)) {
        String candidate = key.substring(0, i);
        if (delegate().blobMetadataIfPresent(bucket, candidate) != null) {
          parentKey = candidate;
          break;
        }
      }
      if (!keyIsAPrefix && parentKey == null) {
        return failure;
      }
      String message =
          "S3Proxy keeps objects as files, so key '"
              + key
              + "' cannot coexist with "
              + (keyIsAPrefix ? "keys under '" + key + "/'" : "key '" + parentKey + "'")
              + " (AWS allows both). Choose keys where no key is another key plus '/...'.";
      return new S3ProxyException(S3ErrorCode.NOT_IMPLEMENTED, message, failure);
    } catch (RuntimeException probeFailure) {
      failure.addSuppressed(probeFailure);
      return failure;
    }
  }

  private static String unquote(@Nullable String eTag) {
    if (eTag == null) {
      return "";
    }
    String s = eTag.trim();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
