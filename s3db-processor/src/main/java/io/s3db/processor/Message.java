package io.s3db.processor;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports, with a stable id. Shape: the rule broken, why, how to
 * fix. Each constant has its own compile-testing test.
 */
public enum Message {
  INTERNAL_ERROR(
      "E000", "Internal error while processing %s; please report it with this stack trace: %s"),
  NOT_A_RECORD(
      "E101",
      "@S3Resource can only annotate a record or a Kotlin data class; '%s' is %s. Convert it to a"
          + " record."),
  NO_ID(
      "E102",
      "%s: no 'String id' component. s3db keys every record by its id; add a 'String id' component"
          + " (@Nullable if s3db should generate ids)."),
  ID_NOT_STRING(
      "E103",
      "%s: the 'id' component must be a String, not %s. Ids are the last segment of the"
          + " object key."),
  UNSUPPORTED_TYPE(
      "E105",
      "%s: unsupported type %s. Supported: String, boolean, byte, short, int, long, float,"
          + " double and their boxes, BigDecimal, enums, UUID, Instant, OffsetDateTime, LocalDate, nested records,"
          + " List/Set of these scalars, List of records (stored as JSON), Map<String, ?>,"
          + " Map<String, String> and JsonNode."),
  SECRET_NOT_STRING(
      "E106",
      "%s: @Secret is only supported on String components (found %s). s3db.js encrypts"
          + " the text of a value; store other types as text yourself."),
  DUPLICATE_RESOURCE_NAME(
      "E108",
      "%s: resource name \"%s\" is already used by %s. Resource names share one"
          + " key space in the bucket; set @S3Resource(name = \"…\") to a distinct name."),
  GENERATED_NAME_CLASH(
      "E109",
      "%s: a type named %s already exists in package %s, so its generated %s cannot"
          + " be written. Rename that type or the record."),
  INVALID_RESOURCE_NAME(
      "E110",
      "%s: resource name \"%s\" is not valid. It becomes the key segment"
          + " resource=<name>; use letters, digits, '-' and '_' only."),
  NULLABLE_PRIMITIVE(
      "E111",
      "%s: @Nullable has no effect on the primitive %s; use its box (%s) to let the"
          + " value be absent."),
  RECURSIVE_RECORD(
      "E112",
      "%s: the nested record %s contains itself; records are flattened into metadata"
          + " keys, so they cannot be recursive."),
  INACCESSIBLE_RECORD(
      "E113",
      "%s: %s. Generated code lives in the same package and must be able to call the"
          + " record's constructor and accessors."),
  NOT_A_DATA_CLASS(
      "E120",
      "%s: a class annotated with @S3Resource (or nested in one) must be immutable with one"
          + " constructor whose parameters are its properties, as a Kotlin data class is; but %s."),
  INVALID_ID_SIZE("E114", "%s: idSize %d is out of range; generated ids need 8 to 255 characters."),
  ID_GENERATOR_NOT_CONCRETE(
      "E121",
      "%s: idGenerator %s cannot be created by the generated DAO, which calls its no-argument"
          + " constructor: %s."),
  ID_GENERATOR_NO_CONSTRUCTOR(
      "E122",
      "%s: idGenerator %s has no accessible no-argument constructor; the generated DAO creates it"
          + " with 'new %s()'. Add 'public %s() {}'."),
  ID_GENERATOR_WRONG_TYPE(
      "E123",
      "%s: idGenerator %s must implement io.s3db.ids.IdGenerator<%s> (or IdGenerator of a"
          + " supertype, such as Object) to be handed the record; but %s."),
  ID_SIZE_WITH_ID_GENERATOR(
      "E124",
      "%s: idSize %d would be ignored: idGenerator %s makes every id. Remove idSize, or drop"
          + " idGenerator to get nanoids of that length."),
  CONSTRAINT_TYPE_MISMATCH("E115", "%s: @%s does not apply to %s. %s"),
  INVALID_PATTERN("E116", "%s: @Pattern regexp \"%s\" does not compile: %s"),
  INVALID_DEFAULT("E117", "%s: @Default(\"%s\") is not a valid %s: %s"),
  EMPTY_RECORD(
      "E118", "%s: the nested record %s has no components; there is nothing to store for it."),
  TIMESTAMPS_COMPONENTS(
      "E119",
      "%s: @S3Resource(timestamps = true) needs the top-level component"
          + " '@Nullable Instant %s', without constraints or @Default (found: %s). s3db sets it on every write and"
          + " stores it as s3db.js does (datetime|optional); add it to the record."),
  PARTITION_UNKNOWN_FIELD(
      "E130", "%s: @Partition \"%s\" refers to unknown field \"%s\".%s Known fields: %s."),
  DUPLICATE_PARTITION_NAME(
      "E131", "%s: partition names must be unique; \"%s\" is declared %d times."),
  PARTITION_FIELD_NOT_LEAF(
      "E132",
      "%s: @Partition \"%s\" field \"%s\" is the nested record %s, which has no"
          + " single value for a key. Partition by its fields instead: %s."),
  INVALID_PARTITION_NAME(
      "E133",
      "%s: partition name \"%s\" is not valid. It becomes the key segment"
          + " partition=<name> and the name of a generated factory method; use a Java identifier such as byRegion."),
  PARTITION_WITHOUT_FIELDS(
      "E134",
      "%s: @Partition \"%s\" lists no fields; list the fields whose values select"
          + " its records."),
  PARTITION_REPEATED_FIELD(
      "E135", "%s: @Partition \"%s\" lists field \"%s\" more than once; list it once."),
  PARTITION_FIELD_NO_SINGLE_VALUE(
      "E136",
      "%s: @Partition \"%s\" field \"%s\" is %s, which has no single value"
          + " for a key: %s Partition by a String, number, boolean, enum, UUID, BigDecimal or date field instead."),
  NULLABLE_PARTITION_FIELD(
      "W202",
      "%s.%s: partition field is @Nullable; records whose value is null get no"
          + " reference and will not appear in partition \"%s\" (as in s3db.js). Suppress with"
          + " @SuppressWarnings(\""
          + Message.NULLABLE_PARTITION_WARNING
          + "\").");

  /** The {@code @SuppressWarnings} name that silences {@link #NULLABLE_PARTITION_FIELD}. */
  public static final String NULLABLE_PARTITION_WARNING = "s3db:nullable-partition";

  private final String id;
  private final String format;

  Message(String id, String format) {
    this.id = id;
    this.format = format;
  }

  /** The stable id, {@code S3DB-E101}. */
  public String id() {
    return "S3DB-" + id;
  }

  /** Errors have ids {@code E…}, warnings {@code W…}. */
  public Diagnostic.Kind kind() {
    return id.startsWith("W") ? Diagnostic.Kind.WARNING : Diagnostic.Kind.ERROR;
  }

  /** {@code [S3DB-E101] …}: the id first, so messages can be searched for. */
  public String format(Object... args) {
    return "[" + id() + "] " + String.format(format, args);
  }
}
