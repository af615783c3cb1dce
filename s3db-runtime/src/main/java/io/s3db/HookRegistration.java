package io.s3db;

/**
 * A registered hook: {@link #close()} removes it, so that calls starting afterwards no longer run
 * it. Closing twice does nothing.
 *
 * <pre>{@code
 * try (HookRegistration audit = users.hooks().afterInsert((ctx, u) -> log.add(u.id()))) {
 *   users.insertMany(batch);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface HookRegistration extends AutoCloseable {

  /** Removes the hook. */
  @Override
  void close();
}
