package io.s3db.testing.faults;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One client connection through the proxy: reads requests one after another (HTTP/1.1 keep-alive),
 * injects what {@link FaultProxy} decides, forwards the rest over an upstream connection of its
 * own, and relays the answers.
 *
 * <p>{@code Expect: 100-continue} is answered by the proxy itself, so that it holds the whole
 * request before deciding anything that needs the body; the header is still forwarded untouched (it
 * may be signed) and the body is sent upstream only after the server's own {@code 100 Continue}. If
 * the server answers early instead (a 412 before the body), that answer is relayed and the upstream
 * connection, whose framing is then uncertain, is dropped.
 */
final class ProxyConnection implements Runnable {

  /** Longer than any pooled client keeps a connection idle (EmbeddedS3: 10 s). */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private final FaultProxy proxy;
  private final Socket client;
  private @Nullable Socket upstream;
  private @Nullable InputStream upstreamIn;
  private @Nullable OutputStream upstreamOut;

  /**
   * When the last answer was sent, while the connection waits for its next request; -1 while a
   * request is handled or before the first. Only a connection idle for a while is closed to make
   * room: a fresh one is about to send, and one just answered is likely to be reused at once.
   */
  private volatile long idleSinceNanos = -1;

  ProxyConnection(FaultProxy proxy, Socket client) {
    this.proxy = proxy;
    this.client = client;
  }

  @Override
  public void run() {
    try {
      client.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
      client.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = new BufferedOutputStream(client.getOutputStream());
      boolean open = true;
      while (open && !client.isClosed()) {
        in.mark(1);
        int first = in.read();
        idleSinceNanos = -1;
        if (first < 0) {
          break;
        }
        in.reset();
        HttpHead request = HttpHead.read(in);
        if (request == null) {
          break;
        }
        open = exchange(request, in, out);
        idleSinceNanos = System.nanoTime();
      }
    } catch (IOException | RuntimeException endOfConnection) {
      // a peer went away or spoke nonsense: this connection ends, the proxy goes on
    } catch (InterruptedException closing) {
      Thread.currentThread().interrupt();
    } finally {
      closeQuietly(upstream);
      closeQuietly(client);
    }
  }

  /**
   * Closes the client connection if it is waiting for its next request, to make room for a new
   * connection when every slot is taken; a client sending just then sees a closed kept-alive
   * connection, which the SDK retries.
   */
  boolean closeIfIdle(Duration minimumIdle) {
    long since = idleSinceNanos;
    if (since >= 0 && System.nanoTime() - since >= minimumIdle.toNanos()) {
      closeQuietly(client);
      return true;
    }
    return false;
  }

  /** Ends the connection now, whatever it is doing (the proxy is closing). */
  void abort() {
    closeQuietly(client);
    closeQuietly(upstream);
  }

  /** Handles one request; false when the client connection must not be used again. */
  private boolean exchange(HttpHead request, InputStream in, OutputStream out)
      throws IOException, InterruptedException {
    S3Request s3 = S3Request.of(request);
    proxy.countRequest(s3.operation());
    Injection injection = proxy.decide(s3);
    Fault fault = injection == null ? null : injection.fault();
    boolean expectContinue = request.hasToken("Expect", "100-continue");

    if (fault == Fault.RESET_BEFORE_FORWARDING) {
      proxy.countFault(fault);
      reset(client);
      return false;
    }
    if (fault == Fault.SLOW_DOWN || fault == Fault.INTERNAL_ERROR) {
      if (!expectContinue) {
        HttpBodies.readRequestBody(
            request, in); // read, so the answer is not lost to a half-sent body
      }
      proxy.countFault(fault);
      // After an unanswered Expect the client may or may not send the body: close rather than
      // guess.
      out.write(S3ErrorReply.of(fault, s3.method(), s3.bucket(), s3.key(), expectContinue));
      out.flush();
      return !expectContinue;
    }
    if (expectContinue) {
      out.write(CONTINUE);
      out.flush();
    }
    byte[] body = HttpBodies.readRequestBody(request, in);
    if (fault == Fault.DELAY) {
      proxy.countFault(fault);
      Thread.sleep(Objects.requireNonNull(injection).delay().toMillis());
    } else if (fault == Fault.HOLD) {
      Hold hold = Objects.requireNonNull(injection).hold();
      if (hold != null) {
        proxy.countFault(fault);
        hold.block();
      }
    }

    boolean reused = upstream != null;
    Answer answer;
    try {
      answer = forward(request, body, expectContinue);
    } catch (IOException staleUpstream) {
      // A timeout may come after the server applied the request: only a link that failed outright
      // is retried.
      if (!reused || staleUpstream instanceof SocketTimeoutException) {
        throw staleUpstream;
      }
      // The server closed the idle upstream link: a new one, once (what a pooled client does too).
      dropUpstream();
      answer = forward(request, body, expectContinue);
    }
    HttpHead response = answer.head();

    if (fault == Fault.RESET_AFTER_FORWARDING) {
      HttpBodies.copyResponseBody(response, s3.method(), Objects.requireNonNull(upstreamIn), null);
      proxy.countFault(fault);
      dropUpstream();
      reset(client);
      return false;
    }
    out.write(response.raw);
    boolean framed =
        HttpBodies.copyResponseBody(response, s3.method(), Objects.requireNonNull(upstreamIn), out);
    out.flush();
    boolean keepAlive =
        framed
            && !request.hasToken("Connection", "close")
            && !response.hasToken("Connection", "close");
    if (!keepAlive || answer.early()) {
      dropUpstream();
    }
    return keepAlive;
  }

  /**
   * The server's final answer; {@code early} if it came before the body was sent (an Expect
   * refused).
   */
  private record Answer(HttpHead head, boolean early) {}

  /**
   * Sends the request upstream and returns the final (non-1xx) response head; its body is still to
   * be read.
   */
  private Answer forward(HttpHead request, byte[] body, boolean expectContinue) throws IOException {
    connectUpstream();
    OutputStream upstreamOut = Objects.requireNonNull(this.upstreamOut);
    InputStream upstreamIn = Objects.requireNonNull(this.upstreamIn);
    upstreamOut.write(request.raw);
    boolean bodySent = body.length == 0 || !expectContinue;
    if (bodySent) {
      upstreamOut.write(body);
    }
    upstreamOut.flush();
    while (true) {
      HttpHead response = HttpHead.read(upstreamIn);
      if (response == null) {
        throw new IOException("upstream closed before answering " + request);
      }
      int status = response.status();
      if (status == 100 && !bodySent) {
        upstreamOut.write(body);
        upstreamOut.flush();
        bodySent = true;
        continue;
      }
      if (status >= 100 && status < 200 && status != 101) {
        continue; // other interim answers are the proxy's business, already given to the client
      }
      return new Answer(response, !bodySent);
    }
  }

  private void connectUpstream() throws IOException {
    if (upstream != null) {
      return;
    }
    InetSocketAddress address = proxy.upstreamAddress();
    Socket socket = new Socket();
    socket.connect(address, 5_000);
    socket.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
    socket.setTcpNoDelay(true);
    upstream = socket;
    upstreamIn = new BufferedInputStream(socket.getInputStream());
    upstreamOut = new BufferedOutputStream(socket.getOutputStream());
  }

  private void dropUpstream() {
    closeQuietly(upstream);
    upstream = null;
    upstreamIn = null;
    upstreamOut = null;
  }

  /**
   * SO_LINGER 0 turns close into a TCP RST: the client sees "Connection reset", not a clean end.
   */
  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
    } catch (IOException ignored) {
      // closing below still ends the connection
    }
    closeQuietly(socket);
  }

  static void closeQuietly(@Nullable Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing to do about it
      }
    }
  }
}
