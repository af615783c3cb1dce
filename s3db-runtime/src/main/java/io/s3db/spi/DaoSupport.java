package io.s3db.spi;

import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.internal.DefaultS3db;
import io.s3db.internal.ResourceEngine;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The base of every generated DAO: the operations live in the runtime's engine, so the generated class
 * only adds what is specific to its record (its constant descriptor, typed extras).
 */
public abstract class DaoSupport<T> implements S3Dao<T> {
  private final ResourceEngine<T> engine;

  protected DaoSupport(S3db db, ResourceDescriptor<T> descriptor) {
    this.engine = DefaultS3db.from(db).engine(descriptor);
  }

  @Override
  public final String name() {
    return engine.name();
  }

  @Override
  public final T insert(T record) {
    return engine.insert(record);
  }

  @Override
  public final T get(String id) {
    return engine.get(id);
  }

  @Override
  public final Optional<T> find(String id) {
    return engine.find(id);
  }

  @Override
  public final boolean exists(String id) {
    return engine.exists(id);
  }

  @Override
  public final T update(String id, UnaryOperator<T> change) {
    return engine.update(id, change);
  }

  @Override
  public final T upsert(T record) {
    return engine.upsert(record);
  }

  @Override
  public final void delete(String id) {
    engine.delete(id);
  }

  @Override
  public final List<T> list() {
    return engine.list();
  }

  @Override
  public final List<String> listIds() {
    return engine.listIds();
  }

  @Override
  public final long count() {
    return engine.count();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + engine.name() + "]";
  }
}
