package io.s3db.testing.faults;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The S3 error answers the proxy makes up: status line, headers and an S3 XML error document, as
 * AWS sends them.
 */
final class S3ErrorReply {

  private static final AtomicLong REQUEST_IDS = new AtomicLong();

  private S3ErrorReply() {}

  /**
   * The whole answer for {@code fault} ({@link Fault#SLOW_DOWN} or {@link Fault#INTERNAL_ERROR}). A
   * HEAD gets the headers only, as from AWS; {@code close} adds {@code Connection: close}.
   */
  static byte[] of(Fault fault, String method, String bucket, String key, boolean close) {
    boolean slowDown = fault == Fault.SLOW_DOWN;
    String requestId = "FAULTPROXY" + REQUEST_IDS.incrementAndGet();
    String resource = "/" + bucket + (key.isEmpty() ? "" : "/" + key);
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>"
            + "<Code>"
            + (slowDown ? "SlowDown" : "InternalError")
            + "</Code>"
            + "<Message>"
            + (slowDown
                ? "Please reduce your request rate."
                : "We encountered an internal error. Please try again.")
            + "</Message>"
            + "<Resource>"
            + escape(resource)
            + "</Resource>"
            + "<RequestId>"
            + requestId
            + "</RequestId><HostId>fault-proxy</HostId></Error>";
    byte[] body = document.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + (slowDown ? "503 Slow Down" : "500 Internal Server Error")
            + "\r\n"
            + "Content-Type: application/xml\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n"
            + "x-amz-request-id: "
            + requestId
            + "\r\n"
            + "Server: FaultProxy\r\n"
            + (close ? "Connection: close\r\n" : "")
            + "\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    if (method.equals("HEAD")) {
      return headBytes;
    }
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
