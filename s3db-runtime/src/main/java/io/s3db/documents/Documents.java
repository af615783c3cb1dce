package io.s3db.documents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.S3Dao;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A resource of the catalog as documents: the same engine as a generated DAO (every call of {@link
 * S3Dao}, hooks, events, plugins, partitions, versions, every behavior), run on a schema read from
 * {@code s3db.json} instead of a compiled record. Made by {@link io.s3db.S3db#documents(String)};
 * thread-safe.
 *
 * <p>A document is an {@link ObjectNode} shaped as s3db.js's {@code get} returns the record: its
 * {@code id}, then the attributes by their s3db.js names with nested objects as objects; numbers as
 * JSON numbers, booleans as booleans, {@code datetime} values (and the timestamps {@code createdAt}
 * and {@code updatedAt}) as ISO-8601 text ({@code 2026-11-24T10:00:00.000Z}), {@code dateonly}
 * values as {@code 2026-11-24}, UUIDs as canonical text, {@code json} values as JSON, arrays as
 * arrays, secrets decrypted. Absent optional values are left out. s3db.js's own read fields ({@code
 * _etag}, {@code _v}, …) are not part of a document.
 *
 * <pre>{@code
 * Documents orders = db.documents("orders");
 * ObjectNode order = orders.get("o-1");
 * long paid = orders.count(orders.partition("byStatus", Map.of("status", "PAID")));
 * }</pre>
 *
 * <p>Writes are validated as s3db.js validates the resource's rules, before any request; a resource
 * with a rule this library cannot enforce exactly is read-only ({@link
 * ResourceDescription#writable()} says why), and its writes throw {@link
 * io.s3db.S3dbConfigurationException}. Writes stamp the catalog's current version.
 */
public interface Documents extends S3Dao<ObjectNode> {

  /**
   * The key of one partition's documents whose fields have these values, for {@code list}, {@code
   * listIds}, {@code count}, {@code page}, {@code query} and {@code stream}. Values are rendered
   * into the key as a generated partition factory renders them: text as is, numbers as JavaScript
   * prints them, booleans as {@code true}/{@code false}, dates of {@code datetime} fields as their
   * UTC day.
   *
   * @param name the partition's name, as in {@code s3db.json} ({@code byStatus})
   * @param values every field of the partition to its value: a {@code String} (taken as the text of
   *     the key, {@code "34"} for a number), a {@code Number}, a {@code Boolean}, a Jackson value
   *     node, a {@code java.time} date or instant, or a {@code UUID}
   * @return the key
   * @throws IllegalArgumentException if the resource has no such partition, a field is missing or
   *     not the partition's, or a value does not fit the field's type; the message names what
   *     exists
   * @throws io.s3db.ValidationException if a value cannot be part of a key ({@code /}, {@code ..})
   */
  PartitionKey<ObjectNode> partition(String name, Map<String, ?> values);

  /**
   * The ids of one slice of the key's documents, in key order (the UTF-8 bytes of the ids): those
   * after {@code after} up to and including {@code upTo}. Slices cut at chosen ids cover the key
   * without overlap, so that each can be listed and read apart (a Spark input partition per slice).
   * Cost: 1 LIST per 1 000 keys of the slice; S3 starts listing after {@code after}.
   *
   * @param key all documents, or one partition's
   * @param after the id the slice starts after; null to start at the first
   * @param upTo the last id the slice may hold; null to go to the end
   * @return the ids, in key order
   * @throws IllegalArgumentException if the key is not one of this resource's partitions
   */
  List<String> listIds(PartitionKey<ObjectNode> key, @Nullable String after, @Nullable String upTo);

  /**
   * What the catalog says of this resource, as this view was opened from it.
   *
   * @return its name, versions, attributes, partitions and settings, and whether it can be written
   */
  ResourceDescription describe();
}
