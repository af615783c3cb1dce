package io.s3db.it;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives each test a database of its own: a constructor or method parameter of type {@link S3db}, or
 * {@link RequestCounter} (a database whose requests are counted), is connected to the test class's
 * bucket under a fresh key prefix ({@link S3db#keyPrefix()}) and closed when the test ends. Use it
 * after {@link S3ServerExtension}.
 *
 * <pre>{@code
 * @ExtendWith({S3ServerExtension.class, TestDatabases.class})
 * @TestDatabases.Passphrase("p")
 * class SecretsTest {
 *   SecretsTest(S3db db) { ... }
 * }
 * }</pre>
 */
public final class TestDatabases implements ParameterResolver, TestInstantiationAwareExtension {
  private static final Namespace NAMESPACE = Namespace.create(TestDatabases.class);

  /** The passphrase of the test class's databases (none without it). */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  public @interface Passphrase {
    String value();
  }

  /** Constructor parameters are resolved per test method, so each test gets its own database. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext root) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == S3db.class || type == RequestCounter.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestBucket bucket = S3ServerExtension.bucket(context);
    String prefix =
        context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT)
            + "-"
            + System.nanoTime();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (parameter.getParameter().getType() == RequestCounter.class) {
      RequestCounter counter = new RequestCounter(bucket, prefix);
      store.put(prefix, (ExtensionContext.Store.CloseableResource) counter::close);
      return counter;
    }
    S3dbBuilder builder = S3db.builder().uri(bucket.uri(prefix));
    AnnotationSupport.findAnnotation(context.getRequiredTestClass(), Passphrase.class)
        .ifPresent(passphrase -> builder.passphrase(passphrase.value()));
    S3db db = builder.build();
    store.put(prefix, (ExtensionContext.Store.CloseableResource) db::close);
    return db;
  }
}
