package io.s3db.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The s3db connection string ({@code http://key:secret@host:port/bucket/prefix}) of a server. */
final class ConnectionUri {
  private ConnectionUri() {}

  static String of(
      URI endpoint, String accessKey, String secretKey, String bucket, String keyPrefix) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    var sb =
        new StringBuilder("http://")
            .append(percentEncode(accessKey))
            .append(':')
            .append(percentEncode(secretKey))
            .append('@')
            .append(endpoint.getHost())
            .append(':')
            .append(endpoint.getPort())
            .append('/')
            .append(percentEncode(bucket));
    for (String segment : keyPrefix.split("/")) {
      if (!segment.isEmpty()) {
        sb.append('/').append(percentEncode(segment));
      }
    }
    return sb.toString();
  }

  /** RFC 3986 percent-encoding of everything but unreserved characters, over UTF-8. */
  static String percentEncode(String s) {
    var sb = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
