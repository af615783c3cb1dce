package io.s3db.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.spi.ResourceDescriptor;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A resource both libraries declare: the Java record (through its generated descriptor) and the
 * attributes a Node service would pass to s3db.js's {@code createResource} for the same data,
 * written by hand as a Node developer would, never derived from the Java side. Adding a resource to
 * the suite is a record, one constant here, and its cases.
 *
 * @param descriptor the generated {@code <Record>Dao.DESCRIPTOR}, possibly {@link #as renamed}
 * @param nodeAttributes s3db.js attribute definitions
 */
record Shared<T>(ResourceDescriptor<T> descriptor, ObjectNode nodeAttributes) {

  /** Every foundation type, required and optional, and a nested object. */
  static final Shared<Person> PEOPLE =
      new Shared<>(
          PersonDao.DESCRIPTOR,
          attributes(
              """
      {
        "name": "string",
        "nickname": "string|optional",
        "age": "number|integer",
        "visits": "number|integer",
        "score": "number",
        "active": "boolean",
        "rank": "number|integer|optional",
        "lastSeen": "number|integer|optional",
        "rating": "number|optional",
        "verified": "boolean|optional",
        "address": { "street": "string", "city": "string", "zip": "string|optional" }
      }"""));

  /**
   * Every scalar type: numbers of each width, decimals, enums, uuids, datetimes, dates, defaults.
   */
  static final Shared<Scalars> SCALARS =
      new Shared<>(
          ScalarsDao.DESCRIPTOR,
          attributes(
              """
      {
        "tiny": "number|integer",
        "small": "number|integer",
        "count": "number|integer",
        "big": "number|integer",
        "ratio": "number",
        "amount": "number",
        "flag": "boolean",
        "price": "string",
        "status": "string",
        "previous": "string|optional",
        "ref": "uuid",
        "maybeRef": "uuid|optional",
        "at": "datetime",
        "when": "datetime",
        "day": "dateonly",
        "maybeAt": "datetime|optional",
        "maybeDay": "dateonly|optional",
        "maybeRatio": "number|optional",
        "state": "string|default:open",
        "priority": "number|integer|default:3"
      }"""));

  /** Every list, set and JSON type. */
  static final Shared<Lists> LISTS =
      new Shared<>(
          ListsDao.DESCRIPTOR,
          attributes(
              """
      {
        "tags": "array|items:string",
        "flags": "array|items:string",
        "counts": "array|items:number|integer:true",
        "longs": "array|items:number|integer:true",
        "weights": "array|items:number",
        "floats": "array|items:number",
        "switches": "array|items:boolean",
        "refs": "array|items:string",
        "amounts": "array|items:string",
        "maybeTags": "array|items:string|optional",
        "attributes": "json",
        "labels": "json",
        "doc": "json|optional"
      }"""));

  /** Secrets: both sides encrypt and decrypt with {@link NodeBatch#PASSPHRASE}. */
  static final Shared<Vault> VAULT =
      new Shared<>(
          VaultDao.DESCRIPTOR,
          attributes(
              """
      { "owner": "string", "password": "secret", "apiKey": "secret|optional", "note": "string|optional" }"""));

  /**
   * Partitions: one field, two fields with a number, a nested field (options in {@link
   * PartitionsTest}).
   */
  static final Shared<Shopper> SHOPPERS =
      new Shared<>(
          ShopperDao.DESCRIPTOR,
          attributes(
              """
      {
        "name": "string",
        "region": "string",
        "tier": "string",
        "level": "number|integer",
        "profile": { "country": "string", "city": "string|optional" }
      }"""));

  /**
   * Constraints: s3db.js takes its rules from the catalog Java wrote, so there are no Node
   * attributes.
   */
  static final Shared<Checked> CHECKED =
      new Shared<>(CheckedDao.DESCRIPTOR, NodeBatch.JSON.createObjectNode());

  /** Rule values s3db.js misparses; like {@link #CHECKED}, declared by Java only. */
  static final Shared<Keywords> KEYWORDS =
      new Shared<>(KeywordsDao.DESCRIPTOR, NodeBatch.JSON.createObjectNode());

  /** Schema evolution: the first version of {@code items}. */
  static final Shared<ItemV1> ITEMS_V1 =
      new Shared<>(
              ItemV1Dao.DESCRIPTOR,
              attributes(
                  """
      { "name": "string", "qty": "number|integer" }"""))
          .as("items");

  /** Schema evolution: {@code items} after the Node service added {@code tier}. */
  static final Shared<ItemV2> ITEMS_V2 =
      new Shared<>(
              ItemV2Dao.DESCRIPTOR,
              attributes(
                  """
      { "name": "string", "qty": "number|integer", "tier": "string|optional" }"""))
          .as("items");

  /** Schema evolution: {@code items} after a Java build added {@code stock}. */
  static final Shared<ItemV3> ITEMS_V3 =
      new Shared<>(
              ItemV3Dao.DESCRIPTOR,
              attributes(
                  """
      {
        "name": "string", "qty": "number|integer", "tier": "string|optional",
        "stock": "number|integer|optional"
      }"""))
          .as("items");

  String name() {
    return descriptor.name();
  }

  /** The record's id. */
  String id(T record) {
    return Objects.requireNonNull(descriptor.codec().id(record), "cases need ids");
  }

  /**
   * The same resource under another name. One compilation cannot declare two records for one
   * resource name (S3DB-E108), but two builds of a service can: this is how a test plays both
   * builds.
   */
  Shared<T> as(String name) {
    ResourceDescriptor<T> d = descriptor;
    return new Shared<>(
        new ResourceDescriptor<>(
            d.type(),
            name,
            d.idSize(),
            d.idGenerator(),
            d.attributes(),
            d.codec(),
            d.validator(),
            d.partitions(),
            d.paranoid(),
            d.behavior(),
            d.timestamps(),
            d.versioning()),
        nodeAttributes);
  }

  /** This resource's DAO in a database {@link #connect connected} with it. */
  S3Dao<T> dao(S3db db) {
    return db.dao(descriptor.type());
  }

  /**
   * Connects Java as a service that declares exactly these resources (not every record of the test
   * module).
   */
  static S3db connect(String uri, Shared<?>... resources) {
    List<ResourceDescriptor<?>> descriptors = new ArrayList<>();
    for (Shared<?> shared : resources) {
      descriptors.add(shared.descriptor());
    }
    return S3db.builder()
        .uri(uri)
        .passphrase(NodeBatch.PASSPHRASE)
        .module(() -> descriptors)
        .build();
  }

  /** JSON written as a Node developer would write it (attributes, resource options). */
  static ObjectNode attributes(String json) {
    try {
      return (ObjectNode) NodeBatch.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
