package io.s3db.spi;

import io.s3db.BulkResult;
import io.s3db.BulkWriter;
import io.s3db.Content;
import io.s3db.Hooks;
import io.s3db.Page;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.ProgressListener;
import io.s3db.RepairReport;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.UnreadableRecord;
import io.s3db.events.ResourceEvents;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The base of every generated DAO: the operations live in the runtime's engine, so the generated
 * class only adds what is specific to its record (its constant descriptor, typed extras).
 */
public abstract class DaoSupport<T> implements S3Dao<T> {
  private final S3Dao<T> engine;

  protected DaoSupport(S3db db, ResourceDescriptor<T> descriptor) {
    this.engine = DaoHost.of(db).engine(descriptor);
  }

  @Override
  public final String name() {
    return engine.name();
  }

  @Override
  public final Hooks<T> hooks() {
    return engine.hooks();
  }

  @Override
  public final ResourceEvents<T> events() {
    return engine.events();
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
  public final List<T> list(PartitionKey<T> key) {
    return engine.list(key);
  }

  @Override
  public final List<String> listIds(PartitionKey<T> key) {
    return engine.listIds(key);
  }

  @Override
  public final long count(PartitionKey<T> key) {
    return engine.count(key);
  }

  @Override
  public final Page<T> page(PartitionKey<T> key, PageRequest request) {
    return engine.page(key, request);
  }

  @Override
  public final List<T> query(PartitionKey<T> key, Predicate<? super T> filter) {
    return engine.query(key, filter);
  }

  @Override
  public final Map<String, T> getMany(Collection<String> ids) {
    return engine.getMany(ids);
  }

  @Override
  public final BulkResult<T> insertMany(
      Collection<? extends T> records, ProgressListener progress) {
    return engine.insertMany(records, progress);
  }

  @Override
  public final BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress) {
    return engine.deleteMany(ids, progress);
  }

  @Override
  public final long deleteAll() {
    return engine.deleteAll();
  }

  @Override
  public final Stream<T> stream(PartitionKey<T> key) {
    return engine.stream(key);
  }

  @Override
  public final S3Dao<T> skippingUnreadable(Consumer<? super UnreadableRecord> unreadable) {
    return engine.skippingUnreadable(unreadable);
  }

  @Override
  public final RepairReport repair(Duration grace) {
    return engine.repair(grace);
  }

  @Override
  public final BulkWriter<T> writer(BulkWriter.Options options) {
    return engine.writer(options);
  }

  @Override
  public final void setContent(String id, byte[] content, String contentType) {
    engine.setContent(id, content, contentType);
  }

  @Override
  public final void setContent(
      String id, java.io.InputStream content, long length, String contentType) {
    engine.setContent(id, content, length, contentType);
  }

  @Override
  public final Optional<Content> content(String id) {
    return engine.content(id);
  }

  @Override
  public final boolean hasContent(String id) {
    return engine.hasContent(id);
  }

  @Override
  public final void deleteContent(String id) {
    engine.deleteContent(id);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + engine.name() + "]";
  }
}
