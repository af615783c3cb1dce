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

  /** {@return the resource name} */
  String resource();

  /**
   * {@return the type of the resource's records in the DAO called: the generated record, or {@code
   * ObjectNode} for a document view ({@code db.documents(name)})} The same resource may be called
   * through both, with answers of different types; documents are mutable.
   */
  Class<?> recordType();

  /** {@return which DAO method was called} */
  OperationKind kind();

  /**
   * {@return the record id the call is about ({@code get}, {@code find}, {@code exists}, {@code
   * update}, {@code delete}, content calls; {@code insert} and {@code upsert} when the record came
   * with one); null otherwise}
   */
  @Nullable String id();

  /** {@return the ids of {@code getMany} and {@code deleteMany}; empty for other calls} */
  List<String> ids();

  /**
   * {@return the partition key of {@code list}, {@code listIds}, {@code count}, {@code page},
   * {@code query} and {@code stream}; null otherwise}
   */
  @Nullable PartitionKey<?> partition();

  /** {@return the page {@code page} asked for; null otherwise} */
  @Nullable PageRequest pageRequest();

  /**
   * {@return whether the DAO skips unreadable records ({@code dao.skippingUnreadable(…)})} Its
   * lists may then differ from those of the plain DAO, which matters to a cache.
   */
  boolean skipsUnreadable();

  /**
   * Runs the call (the next interceptor, or the call itself) and returns its result. Call it at
   * most once.
   *
   * @return the call's result ({@code null} for calls without one)
   */
  R proceed();
}
