package io.s3db.testing.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP framing seen from a raw socket, with no SDK to hide mistakes: a chunked body, {@code Expect:
 * 100-continue} and a plain request, one after another on one kept-alive connection. The requests
 * are unsigned, so the server answers each with {@code 403}; that each answer arrives whole, in
 * order, proves the framing both ways.
 */
@ExtendWith(S3ServerExtension.class)
class RawHttpTest {

  @Test
  void chunkedExpectContinueAndPlainRequestsShareOneConnection(TestBucket bucket) throws Exception {
    try (FaultProxy proxy = FaultProxy.start(bucket.server());
        Socket socket = new Socket("127.0.0.1", proxy.endpoint().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String host = "Host: 127.0.0.1:" + proxy.endpoint().getPort() + "\r\n";

      send(
          out,
          "PUT /"
              + bucket.name()
              + "/raw/chunked HTTP/1.1\r\n"
              + host
              + "Transfer-Encoding: chunked\r\n\r\n"
              + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
      assertAnswer(in, "PUT", 403);

      send(
          out,
          "PUT /"
              + bucket.name()
              + "/raw/expect HTTP/1.1\r\n"
              + host
              + "Expect: 100-continue\r\nContent-Length: 5\r\n\r\n");
      HttpHead interim = HttpHead.read(in);
      assertNotNull(interim);
      assertEquals(100, interim.status(), "the proxy asks for the body");
      send(out, "hello");
      assertAnswer(in, "PUT", 403);

      send(out, "HEAD /" + bucket.name() + "/raw/x HTTP/1.1\r\n" + host + "\r\n");
      assertAnswer(in, "HEAD", 404); // S3Proxy tells an unsigned HEAD only that there is nothing
      send(out, "GET / HTTP/1.1\r\n" + host + "\r\n");
      String body = assertAnswer(in, "GET", 403);
      assertTrue(body.contains("<Error>"), body);

      FaultProxyStats stats = proxy.stats();
      assertEquals(2, stats.requests(S3Operation.PUT_OBJECT));
      assertEquals(1, stats.requests(S3Operation.HEAD_OBJECT));
      assertEquals(1, stats.requests(S3Operation.LIST_BUCKETS));
      assertEquals(1, stats.connections());
    }
  }

  private static void send(OutputStream out, String text) throws Exception {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Reads one whole answer, checks its status, returns its body. */
  private static String assertAnswer(InputStream in, String method, int status) throws Exception {
    HttpHead response = HttpHead.read(in);
    assertNotNull(response, "an answer");
    assertEquals(status, response.status(), response.toString());
    var body = new ByteArrayOutputStream();
    HttpBodies.copyResponseBody(response, method, in, body);
    return body.toString(StandardCharsets.UTF_8);
  }
}
