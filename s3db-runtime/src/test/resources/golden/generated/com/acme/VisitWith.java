package com.acme;

import io.s3db.spi.Generated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Copies {@link Visit} records with some components changed and the others kept, for updates:
 * {@code dao.update(id, r -> VisitWith.of(r).… .build())}. Not thread-safe; use one per copy.
 *
 * <pre>{@code
 * Visit changed = VisitWith.of(record).start(…).build();
 * }</pre>
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class VisitWith {
  private @Nullable String id;
  private Instant start;
  private @Nullable LocalDate followUp;
  private String notes;
  private Visit.@Nullable Place place;
  private @Nullable Set<Integer> rooms;
  private @Nullable Instant createdAt;
  private @Nullable Instant updatedAt;

  private VisitWith(Visit record) {
    this.id = record.id();
    this.start = record.start();
    this.followUp = record.followUp();
    this.notes = record.notes();
    this.place = record.place();
    this.rooms = record.rooms();
    this.createdAt = record.createdAt();
    this.updatedAt = record.updatedAt();
  }

  /**
   * Starts from {@code record}'s components.
   */
  public static VisitWith of(Visit record) {
    return new VisitWith(record);
  }

  /**
   * Sets {@code id}.
   */
  public VisitWith id(@Nullable String id) {
    this.id = id;
    return this;
  }

  /**
   * Sets {@code start}.
   */
  public VisitWith start(Instant start) {
    this.start = start;
    return this;
  }

  /**
   * Sets {@code followUp}.
   */
  public VisitWith followUp(@Nullable LocalDate followUp) {
    this.followUp = followUp;
    return this;
  }

  /**
   * Sets {@code notes}.
   */
  public VisitWith notes(String notes) {
    this.notes = notes;
    return this;
  }

  /**
   * Sets {@code place}. As it may be null, there is no {@code place(change)}; to change some
   * components of a present one: {@code place(PlaceWith.of(r.place()).city(…).build())}.
   */
  public VisitWith place(Visit.@Nullable Place place) {
    this.place = place;
    return this;
  }

  /**
   * Sets {@code rooms}.
   */
  public VisitWith rooms(@Nullable Set<Integer> rooms) {
    this.rooms = rooms;
    return this;
  }

  /**
   * Sets {@code createdAt}.
   */
  public VisitWith createdAt(@Nullable Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  /**
   * Sets {@code updatedAt}.
   */
  public VisitWith updatedAt(@Nullable Instant updatedAt) {
    this.updatedAt = updatedAt;
    return this;
  }

  /**
   * The copy: a new {@code Visit} of the components set here and those kept.
   */
  public Visit build() {
    return new Visit(id, start, followUp, notes, place, rooms, createdAt, updatedAt);
  }

  /**
   * Copies {@link Visit.Place} records with some components changed and the others kept.
   */
  public static final class PlaceWith {
    private @Nullable String city;
    private @Nullable String room;

    private PlaceWith(Visit.Place record) {
      this.city = record.city();
      this.room = record.room();
    }

    /**
     * Starts from {@code record}'s components.
     */
    public static PlaceWith of(Visit.Place record) {
      return new PlaceWith(record);
    }

    /**
     * Sets {@code city}.
     */
    public PlaceWith city(@Nullable String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@code room}.
     */
    public PlaceWith room(@Nullable String room) {
      this.room = room;
      return this;
    }

    /**
     * The copy: a new {@code Visit.Place} of the components set here and those kept.
     */
    public Visit.Place build() {
      return new Visit.Place(city, room);
    }
  }
}
