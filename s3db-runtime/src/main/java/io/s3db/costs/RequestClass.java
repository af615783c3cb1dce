package io.s3db.costs;

import java.util.Locale;

/**
 * How S3 prices a request: the request tiers of the <a href="https://aws.amazon.com/s3/pricing/">S3
 * pricing page</a>.
 */
public enum RequestClass {
  /**
   * PUT, COPY, POST and LIST requests: PutObject, CopyObject, the multipart calls that upload
   * (CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload), ListObjectsV2,
   * ListParts, ListBuckets, … $0.005 per 1 000 at S3 Standard in us-east-1.
   */
  PUT_COPY_POST_LIST,
  /** GET, HEAD, SELECT and every other request: $0.0004 per 1 000 at S3 Standard in us-east-1. */
  GET_AND_OTHER,
  /**
   * DELETE and CANCEL requests: DeleteObject, DeleteObjects (a POST that S3 bills as deletes),
   * AbortMultipartUpload. Free at S3 in every region and storage class (s3db.js 21.6 charges them
   * $0.0004 per 1 000, as GETs, which is wrong).
   */
  DELETE;

  /**
   * The class of a request, from its SDK operation name ({@code PutObject}, {@code ListObjectsV2},
   * …) and HTTP method: DELETE for HTTP DELETEs and DeleteObjects; PUT_COPY_POST_LIST for {@code
   * List*} operations and other PUTs and POSTs (but SelectObjectContent, a POST that S3 bills with
   * GETs); GET_AND_OTHER for the rest.
   *
   * @param s3Operation the SDK operation name, case-sensitive ({@code DeleteObjects}, {@code
   *     ListObjectsV2}, …); not null
   * @param httpMethod the request's HTTP method, in any case; not null
   * @return the request's price tier
   */
  public static RequestClass of(String s3Operation, String httpMethod) {
    String method = httpMethod.toUpperCase(Locale.ROOT);
    if (method.equals("DELETE") || s3Operation.equals("DeleteObjects")) {
      return DELETE;
    }
    if (s3Operation.startsWith("List")) {
      return PUT_COPY_POST_LIST;
    }
    if ((method.equals("PUT") || method.equals("POST"))
        && !s3Operation.equals("SelectObjectContent")) {
      return PUT_COPY_POST_LIST;
    }
    return GET_AND_OTHER;
  }
}
