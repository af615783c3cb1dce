package io.s3db.plugin;

import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One DAO call, as an {@link OperationInterceptor} sees it: what it is and what it asked for, and
 * the way on.
 *
 * @param <R> what the call returns ({@code Void} for calls without a result)
 */
public interface Operation<R> {

  /** The resource name. */
  String resource();

  OperationKind kind();

  /**
   * The record id the call is about ({@code get}, {@code find}, {@code exists}, {@code update},
   * {@code delete}, content calls; {@code insert} and {@code upsert} when the record came with
   * one); null otherwise.
   */
  @Nullable String id();

  /** The ids of {@code getMany} and {@code deleteMany}; empty for other calls. */
  List<String> ids();

  /**
   * The partition key of {@code list}, {@code listIds}, {@code count}, {@code page}, {@code query}
   * and {@code stream}; null otherwise.
   */
  @Nullable PartitionKey<?> partition();

  /** The page {@code page} asked for; null otherwise. */
  @Nullable PageRequest pageRequest();

  /**
   * Whether the DAO skips unreadable records ({@code dao.skippingUnreadable(…)}), so that its lists
   * may differ from those of the plain DAO.
   */
  boolean skipsUnreadable();

  /** Runs the call (the next interceptor, or the call itself) and returns its result. */
  R proceed();
}
