package io.s3db.internal;

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
import io.s3db.UnreadableRecord;
import io.s3db.events.ResourceEvents;
import io.s3db.plugin.OperationKind;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A resource's DAO as callers and plugins see it: every call passes through the database's {@link
 * io.s3db.plugin.OperationInterceptor}s ({@link OperationChain}) into the {@link ResourceEngine}.
 * Hooks get this DAO, so that their own calls are intercepted too.
 */
final class ResourceDao<T> implements S3Dao<T> {
  private final ResourceEngine<T> engine;
  private final OperationChain chain;

  ResourceDao(ResourceSetup<T> setup) {
    this.chain =
        new OperationChain(
            setup.descriptor().name(), setup.descriptor().type(), setup.interceptors());
    this.engine = new ResourceEngine<>(setup, this);
  }

  private ResourceDao(ResourceEngine<T> engine, OperationChain chain) {
    this.engine = engine;
    this.chain = chain;
  }

  ResourceEngine<T> engine() {
    return engine;
  }

  @Override
  public String name() {
    return engine.name();
  }

  @Override
  public Hooks<T> hooks() {
    return engine.hooks();
  }

  @Override
  public ResourceEvents<T> events() {
    return engine.events();
  }

  @Override
  public T insert(T record) {
    return chain.byId(OperationKind.INSERT, engine.givenId(record), () -> engine.insert(record));
  }

  @Override
  public T get(String id) {
    return chain.byId(OperationKind.GET, id, () -> engine.get(id));
  }

  @Override
  public Optional<T> find(String id) {
    return chain.byId(OperationKind.FIND, id, () -> engine.find(id));
  }

  @Override
  public boolean exists(String id) {
    return chain.byId(OperationKind.EXISTS, id, () -> engine.exists(id));
  }

  @Override
  public T update(String id, UnaryOperator<T> change) {
    return chain.byId(OperationKind.UPDATE, id, () -> engine.update(id, change));
  }

  @Override
  public T upsert(T record) {
    return chain.byId(OperationKind.UPSERT, engine.givenId(record), () -> engine.upsert(record));
  }

  @Override
  public void delete(String id) {
    chain.byId(
        OperationKind.DELETE,
        id,
        () -> {
          engine.delete(id);
          return null;
        });
  }

  @Override
  public List<T> list(PartitionKey<T> key) {
    return chain.byKey(OperationKind.LIST, key, () -> engine.list(key));
  }

  @Override
  public List<String> listIds(PartitionKey<T> key) {
    return chain.byKey(OperationKind.LIST_IDS, key, () -> engine.listIds(key));
  }

  /**
   * {@link io.s3db.documents.Documents#listIds(PartitionKey, String, String)}, through the chain.
   */
  List<String> listIds(PartitionKey<T> key, @Nullable String after, @Nullable String upTo) {
    return chain.byKey(OperationKind.LIST_ID_RANGE, key, () -> engine.listIds(key, after, upTo));
  }

  @Override
  public long count(PartitionKey<T> key) {
    return chain.byKey(OperationKind.COUNT, key, () -> engine.count(key));
  }

  @Override
  public Page<T> page(PartitionKey<T> key, PageRequest request) {
    return chain.page(key, request, () -> engine.page(key, request));
  }

  @Override
  public List<T> query(PartitionKey<T> key, Predicate<? super T> filter) {
    return chain.byKey(OperationKind.QUERY, key, () -> engine.query(key, filter));
  }

  @Override
  public Stream<T> stream(PartitionKey<T> key) {
    return chain.stream(key, () -> engine.stream(key));
  }

  @Override
  public Map<String, T> getMany(Collection<String> ids) {
    List<String> given = List.copyOf(ids);
    return chain.byIds(OperationKind.GET_MANY, given, () -> engine.getMany(given));
  }

  @Override
  public BulkResult<T> insertMany(Collection<? extends T> records, ProgressListener progress) {
    return chain.run(OperationKind.INSERT_MANY, () -> engine.insertMany(records, progress));
  }

  @Override
  public BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress) {
    List<String> given = List.copyOf(ids);
    return chain.byIds(OperationKind.DELETE_MANY, given, () -> engine.deleteMany(given, progress));
  }

  @Override
  public long deleteAll() {
    return chain.run(OperationKind.DELETE_ALL, engine::deleteAll);
  }

  @Override
  public S3Dao<T> skippingUnreadable(Consumer<? super UnreadableRecord> unreadable) {
    return new ResourceDao<>(engine.skippingUnreadable(unreadable), chain.skippingUnreadable());
  }

  @Override
  public RepairReport repair(Duration grace) {
    return chain.run(OperationKind.REPAIR, () -> engine.repair(grace));
  }

  @Override
  public BulkWriter<T> writer(BulkWriter.Options options) {
    return engine.writer(options, chain);
  }

  @Override
  public void setContent(String id, byte[] bytes, String contentType) {
    chain.byId(
        OperationKind.SET_CONTENT,
        id,
        () -> {
          engine.setContent(id, bytes, contentType);
          return null;
        });
  }

  @Override
  public void setContent(String id, InputStream stream, long length, String contentType) {
    chain.byId(
        OperationKind.SET_CONTENT,
        id,
        () -> {
          engine.setContent(id, stream, length, contentType);
          return null;
        });
  }

  @Override
  public Optional<Content> content(String id) {
    return chain.byId(OperationKind.CONTENT, id, () -> engine.content(id));
  }

  @Override
  public boolean hasContent(String id) {
    return chain.byId(OperationKind.HAS_CONTENT, id, () -> engine.hasContent(id));
  }

  @Override
  public void deleteContent(String id) {
    chain.byId(
        OperationKind.DELETE_CONTENT,
        id,
        () -> {
          engine.deleteContent(id);
          return null;
        });
  }

  @Override
  public String toString() {
    return "S3Dao[" + name() + "]";
  }
}
