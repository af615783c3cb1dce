package io.s3db.bench;

import io.s3db.testing.EmbeddedS3;
import java.io.IOException;

/**
 * The standalone S3 server: S3Proxy in memory ({@link EmbeddedS3#inMemory()}, with its AWS-parity
 * wrapper) in a JVM of its own, so that the clients being measured share neither its JIT nor its
 * GC. Prints {@code READY <endpoint>} and serves until stdin closes (the coordinator ends, or
 * closes the pipe).
 */
public final class ServerMain {
  private ServerMain() {}

  public static void main(String[] args) throws IOException {
    try (EmbeddedS3 server = EmbeddedS3.inMemory()) {
      System.out.println("READY " + server.endpoint());
      System.out.flush();
      while (System.in.read() >= 0) {
        // nothing to read: a closed stdin is the signal to stop
      }
    }
  }
}
