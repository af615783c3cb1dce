package io.s3db.internal.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.documents.ResourceDescription;
import io.s3db.spi.ResourceDescriptor;
import java.util.Map;

/**
 * A catalog entry made into what the engine runs: a {@link ResourceDescriptor} of {@link
 * ObjectNode}s with the entry's attributes, partitions and settings, its codec and validator, and
 * the view's own extras (partition keys by name, the description).
 */
public final class DocumentDescriptors {
  private final DocumentSchema schema;
  private final DocumentPartitions partitions;
  private final ResourceDescriptor<ObjectNode> descriptor;

  /**
   * @param name the resource name
   * @param resource its entry in the catalog (an element of {@code s3db.json}'s resource map)
   */
  public DocumentDescriptors(String name, JsonNode resource) {
    this.schema = new DocumentSchema(name, resource);
    this.partitions = new DocumentPartitions(schema);
    this.descriptor =
        ResourceDescriptor.builder(ObjectNode.class, name)
            .idSize(schema.idSize())
            .attributes(schema.fields().stream().map(Field::attribute).toList())
            .codec(new DocumentCodec(schema))
            .validator(new DocumentValidator(schema))
            .partitions(partitions.definitions())
            .paranoid(schema.paranoid())
            .behavior(schema.behavior())
            .timestamps(schema.timestamps())
            .versioning(schema.versioning())
            .build();
  }

  /** {@return what the engine runs} */
  public ResourceDescriptor<ObjectNode> descriptor() {
    return descriptor;
  }

  /** {@return the catalog's view of the resource} */
  public ResourceDescription description() {
    return schema.description();
  }

  /**
   * A partition's key from values by field.
   *
   * @param name the partition
   * @param values field path to value
   * @return the key
   * @throws IllegalArgumentException naming the partitions or fields there are
   */
  public PartitionKey<ObjectNode> partition(String name, Map<String, ?> values) {
    return partitions.key(name, values);
  }
}
