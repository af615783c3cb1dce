package io.s3db.costs;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The S3 requests of one group (an S3 operation, a resource, a DAO operation, or all of them) and
 * what they cost. Every attempt is a request: an SDK retry is one more, as on the AWS bill.
 *
 * <p>A request is answered (one of the {@code status*} counts), {@link #unanswered} (the connection
 * failed or timed out before an answer came) or still under way, so {@code requests} is at least
 * the sum of those.
 *
 * @param requests attempts sent, retries included
 * @param retries the attempts among {@code requests} that were an SDK retry of an earlier one
 * @param status2xx answers with a 2xx status
 * @param status3xx answers with a 3xx status (304 Not Modified, redirects)
 * @param status4xx answers with a 4xx status (404 of a missing record, 412 of a lost race, …)
 * @param status5xx answers with a 5xx status (500, 503 Slow Down): AWS does not bill these
 * @param unanswered attempts that got no answer; billed, since S3 may have answered a reply that
 *     was lost (also those whose connection could not even be opened, which S3 never saw: the SDK
 *     does not tell them apart)
 * @param billedRequests the requests {@code cost} is for: all but the 5xx answers and those under
 *     way
 * @param bytesSent request body bytes: the body's decoded length ({@code
 *     x-amz-decoded-content-length} of aws-chunked uploads), else its {@code Content-Length}; a
 *     body S3 refused before it was sent ({@code Expect: 100-continue}) counts all the same
 * @param bytesReceived response body bytes ({@code Content-Length} of answers that have a body: not
 *     of HEAD, 204 or 304 answers, whose {@code Content-Length} describes an object not sent);
 *     answers without a {@code Content-Length} (chunked) count as they are read. What AWS bills as
 *     data transfer out, when the client is outside the region
 * @param metadataBytesSent user-metadata bytes of the requests (name without {@code x-amz-meta-},
 *     plus value, in UTF-8, as S3 measures its 2 KB limit): where s3db keeps records; these travel
 *     in headers, not in {@code bytesSent}
 * @param metadataBytesReceived the same of the answers (a HEAD's record)
 * @param cost the billed requests at the snapshot's {@link PriceTable}, in dollars, exact (print it
 *     with {@code toPlainString()})
 */
public record Usage(
    long requests,
    long retries,
    long status2xx,
    long status3xx,
    long status4xx,
    long status5xx,
    long unanswered,
    long billedRequests,
    long bytesSent,
    long bytesReceived,
    long metadataBytesSent,
    long metadataBytesReceived,
    BigDecimal cost) {

  /** No request. */
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

  /**
   * The cost without trailing zeros, so that equal usages are equal records.
   *
   * @param requests attempts sent, retries included
   * @param retries the attempts among {@code requests} that retried an earlier one
   * @param status2xx answers with a 2xx status
   * @param status3xx answers with a 3xx status
   * @param status4xx answers with a 4xx status
   * @param status5xx answers with a 5xx status (not billed)
   * @param unanswered attempts that got no answer (billed)
   * @param billedRequests the requests {@code cost} is for: all but the 5xx answers and those under
   *     way
   * @param bytesSent request body bytes
   * @param bytesReceived response body bytes
   * @param metadataBytesSent user-metadata bytes of the requests (key without {@code x-amz-meta-},
   *     plus value, in UTF-8)
   * @param metadataBytesReceived user-metadata bytes of the answers
   * @param cost the billed requests' price, in dollars; not null; kept with trailing zeros stripped
   * @throws NullPointerException if {@code cost} is null
   */
  public Usage {
    cost = Objects.requireNonNull(cost, "cost").stripTrailingZeros();
  }

  /**
   * {@return the answers of any status: the sum of the four {@code status*} counts} At most {@code
   * requests}: the rest are {@code unanswered} or still under way.
   */
  public long answered() {
    return status2xx + status3xx + status4xx + status5xx;
  }

  /**
   * {@return the attempts that failed: answered 5xx or not answered} (4xx answers are outcomes, not
   * failures.)
   */
  public long failedAttempts() {
    return status5xx + unanswered;
  }

  /**
   * Both together, as for a resource over all its DAO operations: every count added, and the costs.
   *
   * @param other the usage to add; not null
   * @return a new usage, the sum of this one and {@code other} (neither is changed)
   */
  public Usage plus(Usage other) {
    return new Usage(
        requests + other.requests,
        retries + other.retries,
        status2xx + other.status2xx,
        status3xx + other.status3xx,
        status4xx + other.status4xx,
        status5xx + other.status5xx,
        unanswered + other.unanswered,
        billedRequests + other.billedRequests,
        bytesSent + other.bytesSent,
        bytesReceived + other.bytesReceived,
        metadataBytesSent + other.metadataBytesSent,
        metadataBytesReceived + other.metadataBytesReceived,
        cost.add(other.cost));
  }

  /**
   * The record's usual form, with the cost in plain digits ({@code 0.0000004}, not {@code 4E-7}).
   */
  @Override
  public String toString() {
    return "Usage[requests="
        + requests
        + ", retries="
        + retries
        + ", status2xx="
        + status2xx
        + ", status3xx="
        + status3xx
        + ", status4xx="
        + status4xx
        + ", status5xx="
        + status5xx
        + ", unanswered="
        + unanswered
        + ", billedRequests="
        + billedRequests
        + ", bytesSent="
        + bytesSent
        + ", bytesReceived="
        + bytesReceived
        + ", metadataBytesSent="
        + metadataBytesSent
        + ", metadataBytesReceived="
        + metadataBytesReceived
        + ", cost="
        + cost.toPlainString()
        + "]";
  }
}
