package io.s3db;

/**
 * A registered hook or listener: {@link #close()} removes it, so that calls starting afterwards no
 * longer run it. Closing twice does nothing.
 *
 * <pre>{@code
 * try (Registration audit = users.hooks().afterInsert((ctx, u) -> log.add(u.id()))) {
 *   users.insertMany(batch);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

  /** Removes the hook or listener. */
  @Override
  void close();
}
