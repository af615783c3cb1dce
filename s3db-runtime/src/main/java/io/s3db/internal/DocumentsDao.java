package io.s3db.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.s3db.S3dbConfigurationException;
import io.s3db.UnreadableRecord;
import io.s3db.documents.Documents;
import io.s3db.documents.ResourceDescription;
import io.s3db.events.ResourceEvents;
import io.s3db.internal.documents.DocumentDescriptors;
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
 * A resource's documents: its {@link ResourceDao} of {@link ObjectNode}s, which runs every call as
 * for a generated DAO, plus partition keys by name and the description. Writes of a read-only
 * resource are refused here, before anything else runs.
 */
final class DocumentsDao implements Documents {
  private final ResourceDao<ObjectNode> dao;
  private final DocumentDescriptors documents;
  private final ResourceDescription description;

  DocumentsDao(ResourceDao<ObjectNode> dao, DocumentDescriptors documents) {
    this.dao = dao;
    this.documents = documents;
    this.description = documents.description();
  }

  ResourceEngine<ObjectNode> engine() {
    return dao.engine();
  }

  private void writable() {
    String reason = description.readOnlyReason();
    if (reason != null) {
      throw new S3dbConfigurationException(reason);
    }
  }

  @Override
  public PartitionKey<ObjectNode> partition(String name, Map<String, ?> values) {
    return documents.partition(name, values);
  }

  @Override
  public ResourceDescription describe() {
    return description;
  }

  @Override
  public List<String> listIds(
      PartitionKey<ObjectNode> key, @Nullable String after, @Nullable String upTo) {
    return dao.listIds(key, after, upTo);
  }

  @Override
  public String name() {
    return dao.name();
  }

  @Override
  public Hooks<ObjectNode> hooks() {
    return dao.hooks();
  }

  @Override
  public ResourceEvents<ObjectNode> events() {
    return dao.events();
  }

  @Override
  public ObjectNode insert(ObjectNode record) {
    writable();
    return dao.insert(record);
  }

  @Override
  public ObjectNode get(String id) {
    return dao.get(id);
  }

  @Override
  public Optional<ObjectNode> find(String id) {
    return dao.find(id);
  }

  @Override
  public boolean exists(String id) {
    return dao.exists(id);
  }

  @Override
  public ObjectNode update(String id, UnaryOperator<ObjectNode> change) {
    writable();
    // the engine keeps the stored document to compute its old references: change a copy
    return dao.update(id, stored -> change.apply(stored.deepCopy()));
  }

  @Override
  public ObjectNode upsert(ObjectNode record) {
    writable();
    return dao.upsert(record);
  }

  @Override
  public void delete(String id) {
    writable();
    dao.delete(id);
  }

  @Override
  public List<ObjectNode> list(PartitionKey<ObjectNode> key) {
    return dao.list(key);
  }

  @Override
  public List<String> listIds(PartitionKey<ObjectNode> key) {
    return dao.listIds(key);
  }

  @Override
  public long count(PartitionKey<ObjectNode> key) {
    return dao.count(key);
  }

  @Override
  public Page<ObjectNode> page(PartitionKey<ObjectNode> key, PageRequest request) {
    return dao.page(key, request);
  }

  @Override
  public List<ObjectNode> query(
      PartitionKey<ObjectNode> key, Predicate<? super ObjectNode> filter) {
    return dao.query(key, filter);
  }

  @Override
  public Map<String, ObjectNode> getMany(Collection<String> ids) {
    return dao.getMany(ids);
  }

  @Override
  public BulkResult<ObjectNode> insertMany(
      Collection<? extends ObjectNode> records, ProgressListener progress) {
    writable();
    return dao.insertMany(records, progress);
  }

  @Override
  public BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress) {
    writable();
    return dao.deleteMany(ids, progress);
  }

  @Override
  public long deleteAll() {
    writable();
    return dao.deleteAll();
  }

  @Override
  public Stream<ObjectNode> stream(PartitionKey<ObjectNode> key) {
    return dao.stream(key);
  }

  @Override
  public S3Dao<ObjectNode> skippingUnreadable(Consumer<? super UnreadableRecord> unreadable) {
    return dao.skippingUnreadable(unreadable);
  }

  @Override
  public RepairReport repair(Duration grace) {
    writable();
    return dao.repair(grace);
  }

  @Override
  public BulkWriter<ObjectNode> writer(BulkWriter.Options options) {
    writable();
    return dao.writer(options);
  }

  @Override
  public void setContent(String id, byte[] content, String contentType) {
    writable();
    dao.setContent(id, content, contentType);
  }

  @Override
  public void setContent(String id, InputStream content, long length, String contentType) {
    writable();
    dao.setContent(id, content, length, contentType);
  }

  @Override
  public Optional<Content> content(String id) {
    return dao.content(id);
  }

  @Override
  public boolean hasContent(String id) {
    return dao.hasContent(id);
  }

  @Override
  public void deleteContent(String id) {
    writable();
    dao.deleteContent(id);
  }

  @Override
  public String toString() {
    return "Documents[" + name() + "]";
  }
}
