package io.s3db.internal;

import io.s3db.S3dbConfigurationException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed s3db connection string (FORMAT.md §1), read the way s3db.js reads it: {@code
 * s3://KEY:SECRET@bucket/prefix} for AWS and {@code http(s)://KEY:SECRET@host:port/bucket/prefix}
 * for other S3 servers. Unlike s3db.js 21.x, {@code ?region=} and {@code ?endpoint=} are honoured,
 * as 6.0.0 did: without them a bucket outside us-east-1 cannot be signed for.
 *
 * @param endpoint null for AWS's own endpoint
 */
public record ConnectionString(
    String bucket,
    String keyPrefix,
    @Nullable URI endpoint,
    @Nullable String region,
    @Nullable String accessKey,
    @Nullable String secretKey,
    @Nullable String sessionToken,
    @Nullable String passphrase) {

  /** The bucket s3db.js uses when an http(s) connection string names none. */
  static final String DEFAULT_BUCKET = "s3db";

  public static ConnectionString parse(String text) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new S3dbConfigurationException(
          "Connection string is not a valid URI ("
              + e.getReason()
              + "). Expected s3://KEY:SECRET@bucket/prefix or http(s)://KEY:SECRET@host:port/bucket/prefix;"
              + " percent-encode special characters in credentials.",
          null);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawAuthority() != null && uri.getHost() == null) {
      // java.net.URI then keeps the authority as an opaque "registry" name: no host, port or user
      // info, so the endpoint would be http://null and the credentials lost. Nothing of it is
      // echoed: it holds them.
      throw new S3dbConfigurationException(
          "Connection string "
              + scheme
              + "://… has an authority (the part"
              + " between '//' and the path) that is not [KEY:SECRET@]host[:port]: a port that is not a number, or"
              + " an '@', '/', '?', '#' or ':' in the credentials that is not percent-encoded (write @ as %40, / as"
              + " %2F). Expected s3://KEY:SECRET@bucket/prefix or http(s)://KEY:SECRET@host:port/bucket/prefix.");
    }
    if (uri.getRawUserInfo() == null
        && uri.getRawPath() != null
        && uri.getRawPath().contains("@")) {
      // "s3://KEY:12/34@bucket" parses as host KEY, port 12: the credentials would be lost, and
      // part of the secret would become the bucket or prefix (which toString shows)
      throw new S3dbConfigurationException(
          "Connection string "
              + scheme
              + "://… has an '@' after its host: a '/'"
              + " in the credentials that is not percent-encoded (write / as %2F; an '@' meant for the path as %40).");
    }
    Map<String, String> query = query(uri.getRawQuery());
    String user = null;
    String secret = null;
    if (uri.getRawUserInfo() != null) {
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = percentDecode(colon < 0 ? info : info.substring(0, colon));
      secret = colon < 0 ? null : percentDecode(info.substring(colon + 1));
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String region = query.get("region");
    String sessionToken = query.get("sessionToken");
    String passphrase = query.get("passphrase");
    switch (scheme) {
      case "s3" -> {
        if (uri.getPort() >= 0) {
          throw new S3dbConfigurationException(
              "Connection string s3://… has a port: s3:// names a bucket; use"
                  + " http(s)://KEY:SECRET@host:port/bucket for other S3 servers, and percent-encode ':' in credentials.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
          throw new S3dbConfigurationException(
              "Connection string "
                  + redacted(uri)
                  + " names no bucket; expected s3://KEY:SECRET@bucket/prefix.");
        }
        String endpoint = query.get("endpoint");
        return new ConnectionString(
            uri.getHost(),
            trimSlashes(percentDecode(path)),
            endpoint == null ? null : endpoint(endpoint),
            region,
            user,
            secret,
            sessionToken,
            passphrase);
      }
      case "http", "https" -> {
        String[] segments = trimSlashes(path).split("/", 2);
        String bucket = segments[0].isEmpty() ? DEFAULT_BUCKET : percentDecode(segments[0]);
        String prefix = segments.length > 1 ? trimSlashes(percentDecode(segments[1])) : "";
        URI endpoint =
            URI.create(
                scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        return new ConnectionString(
            bucket, prefix, endpoint, region, user, secret, sessionToken, passphrase);
      }
      default ->
          throw new S3dbConfigurationException(
              "Unsupported connection string scheme '"
                  + scheme
                  + "' in "
                  + redacted(uri)
                  + "; use s3:// for AWS or http(s):// for other S3 servers.");
    }
  }

  @Override
  public String toString() {
    return "ConnectionString[bucket="
        + bucket
        + ", keyPrefix="
        + keyPrefix
        + ", endpoint="
        + endpoint
        + ", region="
        + region
        + "]"; // never credentials or the passphrase
  }

  /** The {@code ?endpoint=} URI; its text is not echoed, as it may hold credentials. */
  private static URI endpoint(String text) {
    try {
      URI endpoint = new URI(text);
      if (endpoint.getHost() == null) {
        throw new URISyntaxException(text, "no host");
      }
      return endpoint;
    } catch (URISyntaxException e) {
      throw new S3dbConfigurationException(
          "The ?endpoint= of the connection string is not an http(s)://host[:port]"
              + " URI ("
              + e.getReason()
              + ").");
    }
  }

  private static String redacted(URI uri) {
    return uri.getScheme()
        + "://"
        + (uri.getRawUserInfo() == null ? "" : "***@")
        + (uri.getHost() == null ? "" : uri.getHost())
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
      params.put(key, eq < 0 ? "" : percentDecode(pair.substring(eq + 1)));
    }
    return params;
  }

  private static String trimSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }

  /** WHATWG-style percent-decoding: {@code +} stays a plus (unlike {@code URLDecoder}). */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) == '%'
          && i + 2 < text.length()
          && hex(text.charAt(i + 1)) >= 0
          && hex(text.charAt(i + 2)) >= 0) {
        bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 3;
      } else {
        int codePoint = text.codePointAt(i);
        byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i += Character.charCount(codePoint);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
