package io.s3db;

/**
 * What a hook is told besides the record: the DAO it runs for, the resource and the schema version
 * the write stamps.
 *
 * @param <T> the record type
 */
public interface HookContext<T> {

  /**
   * The DAO of the resource, to read or write from a hook ({@code ctx.dao().exists(id)}); its
   * writes run their own hooks.
   *
   * @return the resource's DAO
   */
  S3Dao<T> dao();

  /** {@return the resource name, as {@link S3Dao#name()}} */
  String resource();

  /** {@return the schema version writes of this resource stamp ({@code _v}, e.g. {@code "v1"})} */
  String version();
}
