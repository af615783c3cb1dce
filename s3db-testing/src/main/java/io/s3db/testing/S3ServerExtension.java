package io.s3db.testing;

import java.security.SecureRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives tests a real S3 server: one {@link EmbeddedS3#inMemory()} per test
 * JVM, and a fresh bucket per test class.
 *
 * <pre>{@code
 * @ExtendWith(S3ServerExtension.class)
 * class UserDaoTest {
 *     @Test
 *     void roundTrip(TestBucket bucket) {
 *         try (S3db db = S3db.connect(bucket.uri())) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>It resolves parameters of type {@link EmbeddedS3} (the shared server) and {@link TestBucket}
 * (this test class's bucket, created on first use, with a random lower-case name) in constructors,
 * lifecycle methods and test methods. Every test method of a class, and every instance of it, gets
 * the same bucket; a {@code @Nested} class gets its own.
 *
 * <p>Why one server per JVM: S3Proxy's own {@code S3ProxyExtension} restarts the server around
 * every test method; starting takes ~0.5 s the first time, so sharing it keeps the suite fast. The
 * server lives in the root {@link ExtensionContext.Store} and is closed when the run ends. It keeps
 * objects in memory for the whole run, so tests that write many large objects should delete them.
 *
 * <p><b>MinIO and real S3.</b> This extension always uses the embedded server; it does not read an
 * environment variable such as {@code S3DB_TEST_URI}, so every machine runs the same suite. Other
 * servers are covered by running the same checks against them: the module's tests keep the checks
 * in an abstract class, with one subclass on this extension and one on a Testcontainers {@code
 * MinIOContainer} annotated {@code @Testcontainers(disabledWithoutDocker = true)}, which runs where
 * a Docker engine exists and is skipped cleanly elsewhere. Tests in other modules that want MinIO
 * too should follow that pattern: keep the checks abstract over an {@code S3Client} and a bucket
 * name. Remember that MinIO differs from AWS in ways the embedded server corrects: it counts the
 * {@code x-amz-meta-} prefix into the 2 KB metadata limit, so exact-boundary metadata tests belong
 * only to the embedded server.
 */
public final class S3ServerExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(S3ServerExtension.class);

  private static final String BUCKET_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int BUCKET_SUFFIX_LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == EmbeddedS3.class || type == TestBucket.class;
  }

  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    if (type == EmbeddedS3.class) {
      return server(extensionContext);
    }
    if (type == TestBucket.class) {
      return bucket(extensionContext);
    }
    throw new ParameterResolutionException("S3ServerExtension cannot resolve " + type.getName());
  }

  /**
   * The server shared by the whole run, started on first use; for other extensions (such as {@code
   * FaultProxyExtension}) that put something in front of it.
   *
   * @param context any extension context of the run; the server lives in its root store
   * @return the running in-memory server, the same one for every test of the run
   */
  public static EmbeddedS3 server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            ServerResource.class,
            k -> new ServerResource(EmbeddedS3.inMemory()),
            ServerResource.class)
        .server;
  }

  /**
   * This test class's bucket, created on first use; for other extensions that set up what a test
   * uses on it. Kept in the root store, keyed by the class.
   *
   * @param context an extension context with a test class
   * @return the bucket of the context's test class, the same one for all its tests
   * @throws org.junit.platform.commons.PreconditionViolationException if the context has no test
   *     class
   */
  public static TestBucket bucket(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    EmbeddedS3 server = server(context);
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            new BucketKey(testClass),
            k -> {
              String name = randomBucketName();
              server.createBucket(name);
              return new TestBucket(server, name);
            },
            TestBucket.class);
  }

  static String randomBucketName() {
    var sb = new StringBuilder("t-");
    for (int i = 0; i < BUCKET_SUFFIX_LENGTH; i++) {
      sb.append(BUCKET_ALPHABET.charAt(RANDOM.nextInt(BUCKET_ALPHABET.length())));
    }
    return sb.toString();
  }

  private record BucketKey(Class<?> testClass) {}

  /**
   * Holds the server in the root store so that JUnit closes it at the end of the run. JUnit 5.13+
   * closes {@link AutoCloseable} store values; {@code CloseableResource} (deprecated since 5.13) is
   * implemented as well for runs that switch that off. {@link EmbeddedS3#close()} is idempotent, so
   * being closed by both is harmless.
   */
  @SuppressWarnings("deprecation")
  private static final class ServerResource
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final EmbeddedS3 server;

    ServerResource(EmbeddedS3 server) {
      this.server = server;
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
