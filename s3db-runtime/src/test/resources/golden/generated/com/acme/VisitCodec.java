package com.acme;

import io.s3db.spi.Attribute;
import io.s3db.spi.CodecSupport;
import io.s3db.spi.Defaults;
import io.s3db.spi.Generated;
import io.s3db.spi.MetadataReader;
import io.s3db.spi.MetadataWriter;
import io.s3db.spi.ResourceCodec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link Visit} as S3 user metadata, in the s3db.js 21.x format. Each key is the
 * base36 position of its path (FORMAT.md §4.1). Generated; not for direct use.
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class VisitCodec implements ResourceCodec<Visit> {
  static final String START = "0";
  static final String FOLLOW_UP = "1";
  static final String NOTES = "2";
  static final String PLACE_CITY = "3";
  static final String PLACE_ROOM = "4";
  static final String ROOMS = "5";
  static final String CREATED_AT = "6";
  static final String UPDATED_AT = "7";
  static final String PLACE = "8";

  /**
   * The schema as s3db.js declares it in {@code s3db.json}, its leaves in key order.
   */
  public static final List<Attribute> ATTRIBUTES = List.of(
      Attribute.of("start", "datetime"),
      Attribute.of("followUp", "dateonly|optional"),
      Attribute.text("notes", "string"),
      Attribute.text("place.city", "string|optional"),
      Attribute.text("place.room", "string|optional"),
      Attribute.of("rooms", "array|items:number|integer:true|optional"),
      Attribute.of("createdAt", "datetime|optional"),
      Attribute.of("updatedAt", "datetime|optional"));

  @Override
  public @Nullable String id(Visit record) {
    return record.id();
  }

  @Override
  public Visit withId(Visit record, String id) {
    return new Visit(id, record.start(), record.followUp(), record.notes(), record.place(),
        record.rooms(), record.createdAt(), record.updatedAt());
  }

  @Override
  public Visit withTimestamps(Visit record, @Nullable Instant createdAt,
      @Nullable Instant updatedAt) {
    return new Visit(record.id(), record.start(), record.followUp(), record.notes(), record.place(),
        record.rooms(), createdAt, updatedAt);
  }

  @Override
  public @Nullable Instant createdAt(Visit record) {
    return record.createdAt();
  }

  @Override
  public Visit applyDefaults(Visit record, Defaults defaults) {
    return record;
  }

  @Override
  public void encode(Visit record, MetadataWriter out) {
    out.putDatetime(START, record.start());
    LocalDate _followUp = record.followUp();
    if (_followUp != null) {
      out.putDateOnly(FOLLOW_UP, _followUp);
    }
    out.putString(NOTES, record.notes());
    Visit.Place _place = record.place();
    if (_place != null) {
      encodePlace(_place, out);
    }
    Set<Integer> _rooms = record.rooms();
    if (_rooms != null) {
      out.putIntegers(ROOMS, _rooms);
    }
    Instant _createdAt = record.createdAt();
    if (_createdAt != null) {
      out.putDatetime(CREATED_AT, _createdAt);
    }
    Instant _updatedAt = record.updatedAt();
    if (_updatedAt != null) {
      out.putDatetime(UPDATED_AT, _updatedAt);
    }
  }

  @Override
  public Visit decode(String id, MetadataReader in) {
    return new Visit(
        id,
        in.requireInstant(START, "start"),
        in.has(FOLLOW_UP) ? in.requireLocalDate(FOLLOW_UP, "followUp") : null,
        in.requireString(NOTES, "notes"),
        in.hasAny(PLACE, PLACE_CITY, PLACE_ROOM) ? decodePlace(in) : null,
        in.has(ROOMS) ? CodecSupport.toSet(in.ints(ROOMS, "rooms")) : null,
        in.has(CREATED_AT) ? in.requireInstant(CREATED_AT, "createdAt") : null,
        in.has(UPDATED_AT) ? in.requireInstant(UPDATED_AT, "updatedAt") : null);
  }

  private static void encodePlace(Visit.Place value, MetadataWriter out) {
    String _placeCity = value.city();
    if (_placeCity != null) {
      out.putString(PLACE_CITY, _placeCity);
    }
    String _placeRoom = value.room();
    if (_placeRoom != null) {
      out.putString(PLACE_ROOM, _placeRoom);
    }
    // s3db.js stores a present but empty nested object as {} under its own key
    if (value.city() == null && value.room() == null) {
      out.putEmptyObject(PLACE);
    }
  }

  private static Visit.Place decodePlace(MetadataReader in) {
    return new Visit.Place(
        in.string(PLACE_CITY),
        in.string(PLACE_ROOM));
  }
}
