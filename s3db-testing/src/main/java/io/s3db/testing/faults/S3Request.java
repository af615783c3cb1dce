package io.s3db.testing.faults;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What the proxy needs to know of a request: its operation, and the bucket and object key it is
 * for, read from a path-style target ({@code /bucket/key?query}), as the harness's clients send it.
 */
record S3Request(S3Operation operation, String method, String bucket, String key) {

  static S3Request of(HttpHead head) {
    String target = head.target();
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : query(target.substring(q + 1));
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    int slash = trimmed.indexOf('/');
    String bucket = decode(slash < 0 ? trimmed : trimmed.substring(0, slash));
    String key = slash < 0 ? "" : decode(trimmed.substring(slash + 1));
    String method = head.method();
    S3Operation operation =
        S3Operation.classify(method, bucket, key, query, head.header("x-amz-copy-source") != null);
    return new S3Request(operation, method, bucket, key);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      query.put(
          decode(eq < 0 ? pair : pair.substring(0, eq)),
          eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return query;
  }

  /** Percent-decoding only: the SDK encodes '+' as %2B, so a literal '+' is a plus, not a space. */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return s;
    }
  }
}
