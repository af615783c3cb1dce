package io.s3db.internal.documents;

import io.s3db.documents.AttributeDescription;
import io.s3db.spi.Attribute;

/**
 * One leaf attribute of a document resource.
 *
 * @param path the dotted path in a document
 * @param codecKey the codec's positional key (base36 of its place in the schema's paths), which the
 *     engine's key mapping translates into the registry's
 * @param rule its rule
 */
record Field(String path, String codecKey, Rule rule) {

  String[] segments() {
    return path.split("\\.");
  }

  /** The attribute as the engine knows it: only free text may be cut by truncate-data. */
  Attribute attribute() {
    return switch (rule.type()) {
      case SECRET -> Attribute.encrypted(path, rule.text());
      case STRING -> Attribute.text(path, rule.text());
      default -> Attribute.of(path, rule.text());
    };
  }

  AttributeDescription description() {
    return new AttributeDescription(path, rule.text(), rule.type(), rule.optional(), rule.secret());
  }
}
