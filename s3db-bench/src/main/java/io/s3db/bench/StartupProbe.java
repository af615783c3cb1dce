package io.s3db.bench;

import io.s3db.S3db;
import java.lang.management.ManagementFactory;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * One cold start, in a JVM of its own ({@link StartupBench} starts it): {@code lib} connects as the
 * quick start does ({@code S3db.connect}, which reads the catalog) and gets one record; {@code raw}
 * builds a plain SDK client and heads the same object, the floor any Java S3 service pays. Prints
 * {@code READ} as soon as the first read is done, then one line: the nanoseconds from {@code main}
 * to connected, to the first read done, and of a second read; then (after the timing) the classes
 * loaded and the heap in use.
 */
public final class StartupProbe {
  private StartupProbe() {}

  public static void main(String[] args) {
    long main = System.nanoTime();
    String mode = args[0];
    String uri = args[1];
    String id = args[2];
    long connected;
    long first;
    long second;
    if (mode.equals("lib")) {
      try (S3db db = S3db.connect(uri)) {
        connected = System.nanoTime();
        QuickStartCustomerDao customers = QuickStartCustomerDao.of(db);
        require(customers.get(id).name());
        first = read();
        require(customers.get(id).name());
        second = System.nanoTime() - first;
        print(main, connected, first, second);
      }
    } else {
      URI endpoint = URI.create(args[3]);
      String bucket = args[4];
      String key = args[5];
      try (S3Client s3 =
          S3Client.builder()
              .endpointOverride(endpoint)
              .region(Region.US_EAST_1)
              .forcePathStyle(true)
              .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create(args[6], args[7])))
              .build()) {
        connected = System.nanoTime();
        require(s3.headObject(b -> b.bucket(bucket).key(key)).metadata().get("0"));
        first = read();
        require(s3.headObject(b -> b.bucket(bucket).key(key)).metadata().get("0"));
        second = System.nanoTime() - first;
        print(main, connected, first, second);
      }
    }
  }

  /** Says the first read is done, at once: the coordinator's clock stops on this line. */
  private static long read() {
    long now = System.nanoTime();
    System.out.println("READ");
    System.out.flush();
    return now;
  }

  private static void require(String value) {
    if (!value.startsWith("Ana")) {
      throw new IllegalStateException("read " + value);
    }
  }

  private static void print(long main, long connected, long first, long second) {
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "PROBE connectNanos="
            + (connected - main)
            + " firstReadNanos="
            + (first - connected)
            + " secondReadNanos="
            + second
            + " mainToFirstReadNanos="
            + (first - main)
            + " classes="
            + ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()
            + " heapBytes="
            + (rt.totalMemory() - rt.freeMemory()));
  }
}
