package io.s3db.costs;

import io.s3db.costs.Execution.Attempt;
import io.s3db.costs.Tally.Served;
import io.s3db.plugin.PluginContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpHeaders;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Counts each attempt the SDK sends into a {@link Tally}. In the SDK (2.x) {@code
 * beforeTransmission} and {@code afterTransmission} run once per attempt, inside the retry loop
 * (the other request callbacks run once per call); an attempt whose connection fails gets no {@code
 * afterTransmission}, so it is known to be unanswered when the next attempt is sent or the call
 * fails.
 */
final class CostsInterceptor implements ExecutionInterceptor {
  private static final AtomicLong INSTANCES = new AtomicLong();
  private static final String METADATA_PREFIX = "x-amz-meta-";

  /** Per instance: two databases' plugins may share one client. The SDK wants unique names. */
  private final ExecutionAttribute<Execution> execution =
      new ExecutionAttribute<>("io.s3db.costs.Execution#" + INSTANCES.incrementAndGet());

  private final Tally tally;
  private volatile @Nullable PluginContext context;
  private volatile boolean sawRequest;

  CostsInterceptor(Tally tally) {
    this.tally = tally;
  }

  /** From now on, requests are told which DAO call they serve. */
  void attach(PluginContext context) {
    this.context = context;
  }

  /** Whether any request went through this interceptor (so it is on the database's client). */
  boolean sawRequest() {
    return sawRequest;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution ignored, ExecutionAttributes attributes) {
    sawRequest = true;
    // the only callback sure to run on the caller's thread, where the DAO call's scope is
    PluginContext c = context;
    Served served =
        c == null
            ? null
            : c.currentOperation().map(op -> new Served(op.resource(), op.kind())).orElse(null);
    attributes.putAttribute(execution, new Execution(served));
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    Execution e = execution(attributes);
    String operation = operation(attributes);
    SdkHttpRequest request = context.httpRequest();
    RequestClass requestClass = RequestClass.of(operation, request.method().name());
    long body = requestBodyBytes(request, context.requestBody());
    long metadata = metadataBytes(request);
    boolean retry = e.nextAttempt();
    Attempt lost = e.settle(); // the attempt before got no afterTransmission
    if (lost != null) {
      unanswered(lost, operation, e);
    }
    long epoch =
        tally.addSent(
            operation,
            e.served(),
            c -> {
              c.requests.increment();
              if (retry) {
                c.retries.increment();
              }
              c.bytesSent.add(body);
              c.metadataBytesSent.add(metadata);
            });
    e.sent(new Attempt(requestClass, epoch));
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    Execution e = execution(attributes);
    Attempt attempt = e.settle();
    if (attempt == null) {
      return;
    }
    SdkHttpResponse response = context.httpResponse();
    int status = response.statusCode();
    boolean hasBody = hasBody(context.httpRequest(), status);
    Optional<Long> length = hasBody ? contentLength(response) : Optional.of(0L);
    long received = length.orElse(0L);
    long metadata = metadataBytes(response);
    tally.addLater(
        attempt.epoch(),
        operation(attributes),
        e.served(),
        c -> {
          c.answered(status);
          if (status < 500) {
            c.billed(attempt.requestClass());
          }
          c.bytesReceived.add(received);
          c.metadataBytesReceived.add(metadata);
        });
    if (length.isEmpty()) {
      e.unsizedBody(attempt.epoch());
    }
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(
      Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    Optional<InputStream> body = context.responseBody();
    Execution e = attributes.getAttribute(execution);
    if (e == null || body.isEmpty()) {
      return body;
    }
    long epoch = e.takeUnsizedBody();
    if (epoch < 0) {
      return body;
    }
    String operation = operation(attributes);
    return Optional.of(
        new CountingInputStream(
            body.get(),
            n -> tally.addLater(epoch, operation, e.served(), c -> c.bytesReceived.add(n))));
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    Execution e = attributes.getAttribute(execution);
    Attempt lost = e == null ? null : e.settle();
    if (e != null && lost != null) {
      unanswered(lost, operation(attributes), e);
    }
  }

  private void unanswered(Attempt attempt, String operation, Execution e) {
    tally.addLater(
        attempt.epoch(),
        operation,
        e.served(),
        c -> {
          c.unanswered.increment();
          c.billed(attempt.requestClass());
        });
  }

  private Execution execution(ExecutionAttributes attributes) {
    Execution e = attributes.getAttribute(execution);
    if (e == null) { // cannot happen: beforeExecution always runs first
      e = new Execution(null);
      attributes.putAttribute(execution, e);
    }
    return e;
  }

  private static String operation(ExecutionAttributes attributes) {
    String name = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    return name == null ? "Unknown" : name;
  }

  /** The body's own length: aws-chunked uploads' Content-Length includes chunk signatures. */
  private static long requestBodyBytes(SdkHttpRequest request, Optional<RequestBody> body) {
    return request
        .firstMatchingHeader("x-amz-decoded-content-length")
        .or(() -> request.firstMatchingHeader("Content-Length"))
        .flatMap(CostsInterceptor::parse)
        .or(() -> body.flatMap(RequestBody::optionalContentLength))
        .orElse(0L);
  }

  /** HEAD, 204 and 304 answers send no body, whatever their Content-Length says. */
  private static boolean hasBody(SdkHttpRequest request, int status) {
    return !request.method().name().equals("HEAD")
        && status != 204
        && status != 304
        && status >= 200;
  }

  private static Optional<Long> contentLength(SdkHttpHeaders headers) {
    return headers.firstMatchingHeader("Content-Length").flatMap(CostsInterceptor::parse);
  }

  private static Optional<Long> parse(String value) {
    try {
      long n = Long.parseLong(value.trim());
      return n < 0 ? Optional.empty() : Optional.of(n);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** As S3 measures user metadata for its 2 KB limit: name after the prefix plus value, UTF-8. */
  private static long metadataBytes(SdkHttpHeaders headers) {
    long bytes = 0;
    for (Map.Entry<String, List<String>> header : headers.headers().entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (name.startsWith(METADATA_PREFIX)) {
        int nameBytes = utf8(name.substring(METADATA_PREFIX.length()));
        for (String value : header.getValue()) {
          bytes += nameBytes + utf8(value);
        }
      }
    }
    return bytes;
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
