package io.s3db.testing.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The proxy's listening side: a server socket on {@code 127.0.0.1} and at most {@code
 * maxConnections} {@link ProxyConnection}s, each on a thread of its own. Bounded because a test
 * that leaks connections should stall visibly rather than exhaust the machine other builds share.
 */
final class Listener {

  /**
   * How long a kept-alive connection must have waited before it is closed to make room for a new
   * one.
   */
  private static final Duration MIN_IDLE_BEFORE_CLOSING = Duration.ofMillis(50);

  private final ServerSocket server;
  private final Function<Socket, ProxyConnection> newConnection;
  private final Semaphore slots;
  private final ExecutorService threads;
  private final Set<ProxyConnection> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong accepted = new AtomicLong();
  private final Thread acceptor;
  private volatile boolean closed;

  Listener(int maxConnections, Function<Socket, ProxyConnection> newConnection) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    this.newConnection = newConnection;
    this.slots = new Semaphore(maxConnections);
    String name = "fault-proxy-" + server.getLocalPort();
    AtomicInteger threadNumber = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            maxConnections,
            r -> {
              Thread t = new Thread(r, name + "-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.acceptor = new Thread(this::acceptLoop, name + "-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Connections accepted since the start or the last {@link #resetCount()}. */
  long acceptedCount() {
    return accepted.get();
  }

  void resetCount() {
    accepted.set(0);
  }

  /** Stops accepting and ends every connection, interrupting delays and holds. */
  void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    threads.shutdownNow();
    open.forEach(ProxyConnection::abort);
    acceptor.interrupt();
  }

  /**
   * Accepts connections and hands each to a thread of its own. When every slot is taken, the
   * accepted connection waits while idle kept-alive connections are closed to make room (else a
   * client whose pool is larger than the bound would wait on a connection the proxy never reads).
   */
  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      accepted.incrementAndGet();
      try {
        while (!slots.tryAcquire(20, TimeUnit.MILLISECONDS)) {
          if (closed) {
            ProxyConnection.closeQuietly(socket);
            return;
          }
          for (ProxyConnection connection : open) {
            if (connection.closeIfIdle(MIN_IDLE_BEFORE_CLOSING)) {
              break; // one slot is enough
            }
          }
        }
      } catch (InterruptedException e) {
        ProxyConnection.closeQuietly(socket);
        return;
      }
      ProxyConnection connection = newConnection.apply(socket);
      open.add(connection);
      try {
        threads.execute(
            () -> {
              try {
                connection.run();
              } finally {
                open.remove(connection);
                slots.release();
              }
            });
      } catch (RuntimeException rejected) { // closing
        open.remove(connection);
        connection.abort();
        slots.release();
      }
    }
  }
}
