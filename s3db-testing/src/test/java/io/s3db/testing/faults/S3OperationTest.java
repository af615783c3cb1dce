package io.s3db.testing.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Classification from method, target and query, one line per S3 operation the SDK sends. */
class S3OperationTest {

  @Test
  void everyOperationIsToldApart() {
    assertOperation(S3Operation.LIST_BUCKETS, "GET", "", "", Map.of());
    assertOperation(S3Operation.CREATE_BUCKET, "PUT", "b", "", Map.of());
    assertOperation(S3Operation.HEAD_BUCKET, "HEAD", "b", "", Map.of());
    assertOperation(S3Operation.DELETE_BUCKET, "DELETE", "b", "", Map.of());
    assertOperation(
        S3Operation.LIST_OBJECTS_V2, "GET", "b", "", Map.of("list-type", "2", "prefix", "p/"));
    assertOperation(
        S3Operation.LIST_OBJECTS, "GET", "b", "", Map.of("prefix", "p/", "marker", "m"));
    assertOperation(S3Operation.LIST_MULTIPART_UPLOADS, "GET", "b", "", Map.of("uploads", ""));
    assertOperation(S3Operation.DELETE_OBJECTS, "POST", "b", "", Map.of("delete", ""));
    assertOperation(S3Operation.OTHER, "GET", "b", "", Map.of("versioning", ""));
    assertOperation(S3Operation.PUT_OBJECT, "PUT", "b", "k/1", Map.of());
    assertOperation(
        S3Operation.GET_OBJECT,
        "GET",
        "b",
        "k/1",
        Map.of("versionId", "v", "response-content-type", "x"));
    assertOperation(S3Operation.HEAD_OBJECT, "HEAD", "b", "k/1", Map.of());
    assertOperation(S3Operation.DELETE_OBJECT, "DELETE", "b", "k/1", Map.of());
    assertOperation(S3Operation.OTHER, "GET", "b", "k/1", Map.of("acl", ""));
    assertOperation(S3Operation.OTHER, "PUT", "b", "k/1", Map.of("tagging", ""));
    assertOperation(S3Operation.CREATE_MULTIPART_UPLOAD, "POST", "b", "k", Map.of("uploads", ""));
    assertOperation(
        S3Operation.UPLOAD_PART, "PUT", "b", "k", Map.of("partNumber", "1", "uploadId", "u"));
    assertOperation(S3Operation.LIST_PARTS, "GET", "b", "k", Map.of("uploadId", "u"));
    assertOperation(
        S3Operation.COMPLETE_MULTIPART_UPLOAD, "POST", "b", "k", Map.of("uploadId", "u"));
    assertOperation(
        S3Operation.ABORT_MULTIPART_UPLOAD, "DELETE", "b", "k", Map.of("uploadId", "u"));
    assertEquals(S3Operation.COPY_OBJECT, S3Operation.classify("PUT", "b", "k", Map.of(), true));
    assertEquals(
        S3Operation.UPLOAD_PART_COPY,
        S3Operation.classify("PUT", "b", "k", Map.of("partNumber", "2", "uploadId", "u"), true));
  }

  private static void assertOperation(
      S3Operation expected, String method, String bucket, String key, Map<String, String> query) {
    assertEquals(
        expected,
        S3Operation.classify(method, bucket, key, query, false),
        method + " /" + bucket + "/" + key + " " + query);
  }
}
