package io.s3db;

import io.s3db.documents.Documents;
import java.util.List;

/**
 * A database in one S3 bucket (under an optional key prefix), shared with s3db.js 21.x if you like.
 *
 * <pre>{@code
 * try (S3db db = S3db.connect("s3://KEY:SECRET@my-bucket/databases/crm")) {
 *   UserDao users = UserDao.of(db);
 *   User ana = users.insert(new User(null, "Ana", 34));
 * }
 * }</pre>
 *
 * <p>Connecting reads the catalog {@code s3db.json} once and registers the resources found on the
 * class path (every {@code GeneratedS3dbModule}) or given to {@link S3dbBuilder#module}.
 * Thread-safe; close it to release the S3 client it created (a client you passed in is left open).
 */
public interface S3db extends AutoCloseable {

  /**
   * Connects with a connection string, as s3db.js takes it:
   *
   * <ul>
   *   <li>{@code s3://KEY:SECRET@bucket/key/prefix} for AWS S3 (credentials optional: without them
   *       the SDK's default chain is used; {@code ?region=eu-west-1} picks the region, default
   *       us-east-1);
   *   <li>{@code http(s)://KEY:SECRET@host:port/bucket/key/prefix} for MinIO, Ceph, R2 and other S3
   *       servers (path-style addressing).
   * </ul>
   *
   * Credentials are percent-decoded.
   *
   * @param uri the connection string; not null
   * @return the connected database, with its catalog read and its resources registered; close it
   * @throws S3dbConfigurationException if the string is malformed or names no bucket
   * @throws S3AccessException if S3 refuses or fails the catalog's read
   */
  static S3db connect(String uri) {
    return builder().uri(uri).build();
  }

  /**
   * Starts the settings of a connection, for what a connection string cannot say (your own client,
   * listeners, plugins, hooks, modules).
   *
   * @return a new builder with the defaults; {@link S3dbBuilder#build()} connects
   */
  static S3dbBuilder builder() {
    return new S3dbBuilder();
  }

  /**
   * The generic DAO of a record type; {@code UserDao.of(db)} is the typed, lookup-free equivalent.
   *
   * @param <T> the record type
   * @param type the {@code @S3Resource} record class
   * @return the DAO, the same one on every call
   * @throws S3dbConfigurationException if no resource is registered for {@code type}
   */
  <T> S3Dao<T> dao(Class<T> type);

  /**
   * Any resource of the catalog as documents, without a Java record: one declared by an s3db.js
   * service, or by a record this application does not have. The schema is read from {@code
   * s3db.json} (1 GET, on the first call for the name; the same view afterwards), which is never
   * written: opening sends no writes.
   *
   * <pre>{@code
   * Documents orders = db.documents("orders");
   * ObjectNode order = orders.get("o-1");
   * }</pre>
   *
   * @param resourceName the resource name, as in {@code s3db.json}
   * @return the resource's documents, the same view on every call
   * @throws ResourceNotFoundException if the catalog has no such resource
   * @throws S3dbConfigurationException if the resource has secrets and the database no passphrase
   */
  Documents documents(String resourceName);

  /** {@return the name of the bucket this database lives in} */
  String bucket();

  /**
   * {@return the key prefix every object of this database lives under; empty for the bucket root}
   */
  String keyPrefix();

  /**
   * The names of the resources in the catalog {@code s3db.json}, read now: those of this
   * application and any other (an s3db.js service's too). Cost: 1 GET.
   *
   * @return the resource names, in the catalog's order
   */
  List<String> resources();

  /**
   * Whether the catalog has a resource of this name. Cost: 1 GET.
   *
   * @param name a resource name, as in {@code @S3Resource(name = …)}
   * @return true if the catalog, read now, has it
   */
  boolean resourceExists(String name);

  /** Stops the plugins (last installed first) and releases the S3 client if s3db created it. */
  @Override
  void close();
}
