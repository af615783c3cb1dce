package io.s3db.spi;

import java.util.List;

/**
 * Everything the runtime needs to know about one resource, generated as a constant so that nothing is
 * discovered by reflection: the record type, the resource name, the schema in s3db.js terms, and the
 * generated codec and validator.
 *
 * @param type the record class; used only as a map key by {@code S3db.dao(Class)}
 * @param name the resource name in keys and in {@code s3db.json}
 * @param idSize length of generated ids
 * @param attributes the schema leaves in declaration order
 */
public record ResourceDescriptor<T>(
    Class<T> type,
    String name,
    int idSize,
    List<Attribute> attributes,
    ResourceCodec<T> codec,
    ResourceValidator<T> validator) {

  public ResourceDescriptor {
    attributes = List.copyOf(attributes);
  }
}
