package io.s3db.testing.faults;

import java.util.Map;

/**
 * The S3 operation a request is, told from its method, path-style target and query (and the {@code
 * x-amz-copy-source} header), as {@link FaultProxy} counts and matches requests.
 *
 * <p>Why not from the SDK: the proxy sees only HTTP, and a count of what reached the wire (retries
 * included) is what a costs counter has to agree with.
 */
public enum S3Operation {
  /** {@code GET /}: ListBuckets. */
  LIST_BUCKETS,
  /** {@code PUT /bucket}: CreateBucket. */
  CREATE_BUCKET,
  /** {@code HEAD /bucket}: HeadBucket. */
  HEAD_BUCKET,
  /** {@code DELETE /bucket}: DeleteBucket. */
  DELETE_BUCKET,
  /** {@code GET /bucket?list-type=2}. */
  LIST_OBJECTS_V2,
  /** {@code GET /bucket} without {@code list-type=2}. */
  LIST_OBJECTS,
  /** {@code PUT /bucket/key}: PutObject. */
  PUT_OBJECT,
  /** A PUT with {@code x-amz-copy-source}. */
  COPY_OBJECT,
  /** {@code GET /bucket/key}: GetObject. */
  GET_OBJECT,
  /** {@code HEAD /bucket/key}: HeadObject. */
  HEAD_OBJECT,
  /** {@code DELETE /bucket/key}: DeleteObject. */
  DELETE_OBJECT,
  /** {@code POST /bucket?delete}: the batch delete. */
  DELETE_OBJECTS,
  /** {@code POST /bucket/key?uploads}: CreateMultipartUpload. */
  CREATE_MULTIPART_UPLOAD,
  /** {@code PUT /bucket/key?partNumber=…&uploadId=…}: UploadPart. */
  UPLOAD_PART,
  /** UploadPart with {@code x-amz-copy-source}: UploadPartCopy. */
  UPLOAD_PART_COPY,
  /** {@code POST /bucket/key?uploadId=…}: CompleteMultipartUpload. */
  COMPLETE_MULTIPART_UPLOAD,
  /** {@code DELETE /bucket/key?uploadId=…}: AbortMultipartUpload. */
  ABORT_MULTIPART_UPLOAD,
  /** {@code GET /bucket/key?uploadId=…}: ListParts. */
  LIST_PARTS,
  /** {@code GET /bucket?uploads}: ListMultipartUploads. */
  LIST_MULTIPART_UPLOADS,
  /** Anything else (bucket sub-resources such as {@code ?versioning}, object ACLs, …). */
  OTHER;

  /**
   * Classifies a request. {@code key} is empty for bucket-level requests and {@code bucket} is
   * empty for {@code GET /}; {@code query} holds the decoded query parameters (a parameter without
   * value maps to "").
   */
  static S3Operation classify(
      String method, String bucket, String key, Map<String, String> query, boolean copySource) {
    if (bucket.isEmpty()) {
      return method.equals("GET") ? LIST_BUCKETS : OTHER;
    }
    if (key.isEmpty()) {
      return bucketOperation(method, query);
    }
    boolean upload = query.containsKey("uploadId");
    return switch (method) {
      case "PUT" ->
          upload && query.containsKey("partNumber")
              ? (copySource ? UPLOAD_PART_COPY : UPLOAD_PART)
              : onlyObjectQuery(query) ? (copySource ? COPY_OBJECT : PUT_OBJECT) : OTHER;
      case "GET" -> upload ? LIST_PARTS : onlyObjectQuery(query) ? GET_OBJECT : OTHER;
      case "HEAD" -> onlyObjectQuery(query) ? HEAD_OBJECT : OTHER;
      case "DELETE" ->
          upload ? ABORT_MULTIPART_UPLOAD : onlyObjectQuery(query) ? DELETE_OBJECT : OTHER;
      case "POST" ->
          query.containsKey("uploads")
              ? CREATE_MULTIPART_UPLOAD
              : upload ? COMPLETE_MULTIPART_UPLOAD : OTHER;
      default -> OTHER;
    };
  }

  private static S3Operation bucketOperation(String method, Map<String, String> query) {
    return switch (method) {
      case "GET" ->
          query.containsKey("uploads")
              ? LIST_MULTIPART_UPLOADS
              : "2".equals(query.get("list-type"))
                  ? LIST_OBJECTS_V2
                  : onlyListQuery(query) ? LIST_OBJECTS : OTHER;
      case "PUT" -> query.isEmpty() ? CREATE_BUCKET : OTHER;
      case "HEAD" -> query.isEmpty() ? HEAD_BUCKET : OTHER;
      case "DELETE" -> query.isEmpty() ? DELETE_BUCKET : OTHER;
      case "POST" -> query.containsKey("delete") ? DELETE_OBJECTS : OTHER;
      default -> OTHER;
    };
  }

  /**
   * Object requests carry sub-resources such as {@code ?acl} or {@code ?tagging}; those are not the
   * object.
   */
  private static boolean onlyObjectQuery(Map<String, String> query) {
    for (String name : query.keySet()) {
      if (!(name.equals("versionId")
          || name.equals("partNumber")
          || name.startsWith("response-")
          || name.startsWith("x-amz-")
          || name.startsWith("X-Amz-"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyListQuery(Map<String, String> query) {
    for (String name : query.keySet()) {
      if (!(name.equals("prefix")
          || name.equals("delimiter")
          || name.equals("marker")
          || name.equals("max-keys")
          || name.equals("encoding-type"))) {
        return false;
      }
    }
    return true;
  }
}
