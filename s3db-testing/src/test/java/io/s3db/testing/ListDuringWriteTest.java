package io.s3db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A write in progress is not listed, as on AWS: S3Proxy's stores write a body to a scratch file
 * beside the key, which a bare store lists as an object with no metadata yet. The put is held
 * half-way through its body, so the moment is hit every time.
 */
class ListDuringWriteTest {

  private static final int BODY = 64 * 1024;

  @Test
  void aPutHeldHalfWayIsNotListedUntilItEnds() throws Exception {
    BlobStore bare = BlobStores.create("transient", new Properties());
    AwsParityBlobStore store = new AwsParityBlobStore(bare);
    store.createContainer("b");
    put(store, "items/done", new ByteArrayInputStream(new byte[] {1}), 1);
    String namedLikeAScratchFile = "items/slow-" + UUID.randomUUID();
    put(store, namedLikeAScratchFile, new ByteArrayInputStream(new byte[] {1}), 1);

    HeldBody body = new HeldBody();
    CompletableFuture<?> slowPut =
        CompletableFuture.runAsync(() -> put(store, "items/slow", body, BODY));
    try {
      body.halfSent.await(30, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (keys(bare).size() < 3 && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // until the store has opened its scratch file
      }
      assertEquals(3, keys(bare).size(), "the bare store lists the scratch file: " + keys(bare));
      assertEquals(List.of("items/done", namedLikeAScratchFile), keys(store));
    } finally {
      body.release.countDown();
    }
    slowPut.get(30, TimeUnit.SECONDS);
    assertEquals(List.of("items/done", "items/slow", namedLikeAScratchFile), keys(store));
  }

  private static void put(BlobStore store, String key, InputStream body, long length) {
    store.putBlob(
        PutObjectRequest.builder()
            .bucket("b")
            .key(key)
            .metadata(Map.of("n", "1"))
            .contentLength(length)
            .build(),
        body);
  }

  private static List<String> keys(BlobStore store) {
    return store
        .list(ListObjectsV2Request.builder().bucket("b").prefix("items/").build())
        .contents()
        .stream()
        .map(S3Object::key)
        .toList();
  }

  /** A body that sends half of itself, then waits to be released. */
  private static final class HeldBody extends InputStream {
    final CountDownLatch halfSent = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private int sent;

    @Override
    public int read() {
      if (sent == BODY / 2) {
        halfSent.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return -1;
        }
      }
      return sent < BODY ? (sent++ & 0x7f) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (sent >= BODY) {
        return -1;
      }
      int n = Math.min(len, sent < BODY / 2 ? BODY / 2 - sent : BODY - sent);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }
}
