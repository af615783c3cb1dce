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
import io.s3db.ResourceNotFoundException;
import io.s3db.S3Dao;
import io.s3db.UnreadableRecord;
import io.s3db.events.ResourceEvents;
import io.s3db.internal.layout.Layout;
import io.s3db.spi.ResourceDescriptor;
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
 * One resource's DAO: a façade over the rooms that do the work — {@link RecordWrites} (the write
 * protocol), {@link RecordReader}, {@link Listing}, {@link Bulk}, {@link BinaryContent} — which
 * share the {@link CodecBridge} (records to objects and back), {@link References} and the {@link
 * RecordStore}. Every write, single or bulk, goes through the resource's {@link OperationPipeline},
 * where its {@link Hooks} run: the rooms know nothing of hooks.
 *
 * <h2>Concurrent updates</h2>
 *
 * An update reads the record with its ETag and writes with {@code If-Match} on it: of two
 * concurrent updates the second fails the precondition, re-reads and re-applies its change ({@link
 * RecordStore} says how every write gets a fresh ETag). The record's behavior ({@link Layout})
 * decides what goes to metadata and what to the body.
 *
 * <h2>Partition references</h2>
 *
 * A record's references are computed from its values (never listed). Writes put the new references
 * <em>before</em> the data and delete the old ones <em>after</em> it, so whatever step fails or
 * crashes, every stored record still has all its references; the worst left behind is a stale
 * reference (to a record that is gone or has other values now), which readers of the partition
 * detect by checking the record they fetched against the key, and skip. Readers do not delete stale
 * references: a reference that looks stale may belong to a write in progress, whose data is not
 * there yet.
 *
 * <h2>Timestamps</h2>
 *
 * With {@code @S3Resource(timestamps = true)}, insert sets {@code createdAt} and {@code updatedAt}
 * to one instant of the database's clock (to the millisecond); update keeps the stored {@code
 * createdAt}; an upsert that finds the record keeps its {@code createdAt} too, and takes back the
 * {@code byCreatedDate} reference it put for the insert attempt.
 */
final class ResourceEngine<T> implements S3Dao<T> {
  private final ResourceDescriptor<T> descriptor;
  private final ResourceParts<T> shared;
  private final RecordReader<T> reader;
  private final OperationPipeline<T> pipeline;
  private final Listing<T> listing;
  private final Bulk<T> bulk;
  private final BinaryContent content;

  /**
   * @param face the DAO callers hold ({@link ResourceDao}), which hooks are given
   */
  ResourceEngine(ResourceSetup<T> setup, S3Dao<T> face) {
    this(setup.descriptor(), ResourceParts.of(setup, face), null);
  }

  private ResourceEngine(
      ResourceDescriptor<T> descriptor,
      ResourceParts<T> shared,
      @Nullable Consumer<? super UnreadableRecord> unreadable) {
    this.descriptor = descriptor;
    this.shared = shared;
    this.reader =
        new RecordReader<>(shared.store(), shared.bridge(), shared.refs().partitions(), unreadable);
    RecordWrites<T> writes =
        new RecordWrites<>(shared.store(), shared.bridge(), shared.refs(), descriptor.versioning());
    this.pipeline =
        new OperationPipeline<>(
            shared.hooks(), shared.events(), writes, shared.bridge(), shared.face());
    this.listing =
        new Listing<>(
            shared.keys(), shared.refs().partitions(), shared.lister(), shared.parallel(), reader);
    this.bulk =
        new Bulk<>(
            shared.keys(),
            shared.store(),
            shared.bridge(),
            shared.refs(),
            reader,
            pipeline,
            shared.deleter(),
            shared.parallel());
    this.content =
        new BinaryContent(
            descriptor.name(),
            shared.store(),
            new ContentObjects(
                shared.s3(), shared.bucket(), shared.keys(), shared.store(), descriptor.name()));
  }

  @Override
  public String name() {
    return descriptor.name();
  }

  ResourceDescriptor<T> descriptor() {
    return descriptor;
  }

  boolean hasSecrets() {
    return ResourceSchema.hasSecrets(descriptor);
  }

  @Override
  public Hooks<T> hooks() {
    return pipeline.hooks();
  }

  @Override
  public ResourceEvents<T> events() {
    return shared.events();
  }

  /** The id the record comes with, null when insert is to generate one. */
  @Nullable String givenId(T record) {
    return shared.bridge().givenId(record);
  }

  @Override
  public T insert(T record) {
    return pipeline.insert(record);
  }

  @Override
  public T get(String id) {
    return find(id).orElseThrow(() -> new ResourceNotFoundException(name(), id));
  }

  @Override
  public Optional<T> find(String id) {
    Ids.check(name(), id);
    Optional<T> found = reader.fetch(id);
    found.ifPresent(record -> shared.events().read(id, record));
    return found;
  }

  @Override
  public boolean exists(String id) {
    Ids.check(name(), id);
    return reader.exists(id);
  }

  @Override
  public T update(String id, UnaryOperator<T> change) {
    return pipeline.update(id, change);
  }

  @Override
  public T upsert(T record) {
    return pipeline.upsert(record);
  }

  @Override
  public void delete(String id) {
    pipeline.delete(id);
  }

  @Override
  public List<T> list(PartitionKey<T> key) {
    return listing.list(key);
  }

  @Override
  public List<String> listIds(PartitionKey<T> key) {
    return listing.listIds(key);
  }

  /** The ids of a slice of the key space: after {@code after}, up to {@code upTo}. */
  List<String> listIds(PartitionKey<T> key, @Nullable String after, @Nullable String upTo) {
    return listing.listIds(key, after, upTo);
  }

  @Override
  public long count(PartitionKey<T> key) {
    return listing.count(key);
  }

  @Override
  public Page<T> page(PartitionKey<T> key, PageRequest request) {
    return listing.page(key, request);
  }

  @Override
  public List<T> query(PartitionKey<T> key, Predicate<? super T> filter) {
    return listing.query(key, filter);
  }

  @Override
  public Stream<T> stream(PartitionKey<T> key) {
    return listing.stream(key);
  }

  @Override
  public Map<String, T> getMany(Collection<String> ids) {
    return bulk.getMany(ids);
  }

  @Override
  public BulkResult<T> insertMany(Collection<? extends T> records, ProgressListener progress) {
    return bulk.insertMany(records, progress);
  }

  @Override
  public BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress) {
    return bulk.deleteMany(ids, progress);
  }

  @Override
  public long deleteAll() {
    return new Wipe(name(), descriptor.paranoid(), shared.keys(), shared.lister(), shared.deleter())
        .deleteAll();
  }

  @Override
  public ResourceEngine<T> skippingUnreadable(Consumer<? super UnreadableRecord> unreadable) {
    return new ResourceEngine<>(descriptor, shared, unreadable);
  }

  @Override
  public RepairReport repair(Duration grace) {
    return new Repair<>(
            shared.keys(),
            shared.store(),
            shared.bridge(),
            shared.refs(),
            shared.lister(),
            shared.parallel())
        .run(grace);
  }

  @Override
  public BulkWriter<T> writer(BulkWriter.Options options) {
    return writer(options, null);
  }

  /** A writer whose records each pass through {@code chain} (as {@code WRITER_INSERT} calls). */
  BulkWriter<T> writer(BulkWriter.Options options, @Nullable OperationChain chain) {
    return new DefaultBulkWriter<>(bulk, shared.parallel(), options, chain);
  }

  @Override
  public void setContent(String id, byte[] bytes, String contentType) {
    content.set(id, bytes, contentType);
  }

  @Override
  public void setContent(String id, InputStream stream, long length, String contentType) {
    content.set(id, stream, length, contentType);
  }

  @Override
  public Optional<Content> content(String id) {
    return content.get(id);
  }

  @Override
  public boolean hasContent(String id) {
    return content.has(id);
  }

  @Override
  public void deleteContent(String id) {
    content.delete(id);
  }
}
