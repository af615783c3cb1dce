package io.s3db.processor;

import com.squareup.javapoet.ClassName;

/**
 * The runtime types generated code refers to; the processor never depends on the runtime itself.
 */
public final class RuntimeTypes {
  private RuntimeTypes() {}

  private static final String SPI = "io.s3db.spi";

  public static final ClassName GENERATED = ClassName.get(SPI, "Generated");
  public static final ClassName ATTRIBUTE = ClassName.get(SPI, "Attribute");
  public static final ClassName RESOURCE_CODEC = ClassName.get(SPI, "ResourceCodec");
  public static final ClassName RESOURCE_VALIDATOR = ClassName.get(SPI, "ResourceValidator");
  public static final ClassName RESOURCE_DESCRIPTOR = ClassName.get(SPI, "ResourceDescriptor");
  public static final ClassName METADATA_WRITER = ClassName.get(SPI, "MetadataWriter");
  public static final ClassName METADATA_READER = ClassName.get(SPI, "MetadataReader");
  public static final ClassName DAO_SUPPORT = ClassName.get(SPI, "DaoSupport");
  public static final ClassName S3DB_MODULE = ClassName.get(SPI, "S3dbModule");
  public static final ClassName CHECKS = ClassName.get(SPI, "Checks");
  public static final ClassName CODEC_SUPPORT = ClassName.get(SPI, "CodecSupport");
  public static final ClassName DEFAULTS = ClassName.get(SPI, "Defaults");
  public static final ClassName JSON_FIELDS = ClassName.get(SPI, "JsonFields");
  public static final ClassName PARTITION_DEFINITION = ClassName.get(SPI, "PartitionDefinition");
  public static final ClassName PARTITION_KEYS = ClassName.get(SPI, "PartitionKeys");
  public static final ClassName S3DB = ClassName.get("io.s3db", "S3db");
  public static final ClassName PARTITION_KEY = ClassName.get("io.s3db", "PartitionKey");
  public static final ClassName VIOLATION = ClassName.get("io.s3db", "Violation");
  public static final ClassName BEHAVIOR_MODE =
      ClassName.get("io.s3db.annotations", "BehaviorMode");
  public static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  /** The value of every {@code @Generated}. */
  public static final String GENERATOR = "io.s3db.processor.S3dbProcessor";
}
