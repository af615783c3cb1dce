package io.s3db.testing.faults;

import io.s3db.testing.S3ServerExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives a test method (or lifecycle method, or constructor) a {@link
 * FaultProxy} in front of the run's shared embedded server, with no rules, closed when that
 * method's (or class's) context ends.
 *
 * <pre>{@code
 * @ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
 * class RetryTest {
 *   @Test
 *   void createSurvivesALostReply(TestBucket bucket, FaultProxy proxy) {
 *     proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).resetAfterForwarding());
 *     try (S3db db = S3db.connect(proxy.uri(bucket))) { ... }
 *   }
 * }
 * }</pre>
 *
 * <p>Why a proxy per method: rules and counts then belong to one test; a proxy starts in well under
 * a millisecond.
 */
public final class FaultProxyExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FaultProxyExtension.class);

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FaultProxy.class;
  }

  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return extensionContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            ProxyResource.class,
            k -> new ProxyResource(FaultProxy.start(S3ServerExtension.server(extensionContext))),
            ProxyResource.class)
        .proxy;
  }

  /**
   * Closed by JUnit with the context, as {@code S3ServerExtension} closes its server (both
   * interfaces).
   */
  @SuppressWarnings("deprecation")
  private static final class ProxyResource
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final FaultProxy proxy;

    ProxyResource(FaultProxy proxy) {
      this.proxy = proxy;
    }

    @Override
    public void close() {
      proxy.close();
    }
  }
}
