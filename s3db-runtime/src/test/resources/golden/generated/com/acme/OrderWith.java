package com.acme;

import io.s3db.spi.Generated;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Copies {@link Order} records with some components changed and the others kept, for updates:
 * {@code dao.update(id, r -> OrderWith.of(r).… .build())}. Not thread-safe; use one per copy.
 *
 * <pre>{@code
 * Order changed = OrderWith.of(record).customer(…).build();
 * Order moved = OrderWith.of(record).shipTo(a -> a.city(…)).build();
 * }</pre>
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class OrderWith {
  private @Nullable String id;
  private String customer;
  private Order.Status status;
  private String channel;
  private long cents;
  private Order.Address shipTo;
  private Order.@Nullable Address billTo;
  private List<Order.Line> lines;
  private List<String> tags;

  private OrderWith(Order record) {
    this.id = record.id();
    this.customer = record.customer();
    this.status = record.status();
    this.channel = record.channel();
    this.cents = record.cents();
    this.shipTo = record.shipTo();
    this.billTo = record.billTo();
    this.lines = record.lines();
    this.tags = record.tags();
  }

  /**
   * Starts from {@code record}'s components.
   */
  public static OrderWith of(Order record) {
    return new OrderWith(record);
  }

  /**
   * Sets {@code id}.
   */
  public OrderWith id(@Nullable String id) {
    this.id = id;
    return this;
  }

  /**
   * Sets {@code customer}.
   */
  public OrderWith customer(String customer) {
    this.customer = customer;
    return this;
  }

  /**
   * Sets {@code status}.
   */
  public OrderWith status(Order.Status status) {
    this.status = status;
    return this;
  }

  /**
   * Sets {@code channel}.
   */
  public OrderWith channel(String channel) {
    this.channel = channel;
    return this;
  }

  /**
   * Sets {@code cents}.
   */
  public OrderWith cents(long cents) {
    this.cents = cents;
    return this;
  }

  /**
   * Sets {@code shipTo}.
   */
  public OrderWith shipTo(Order.Address shipTo) {
    this.shipTo = shipTo;
    return this;
  }

  /**
   * Changes some components of {@code shipTo}, as set so far, and keeps the others:
   * {@code shipTo(a -> a.city(…))}.
   */
  public OrderWith shipTo(Consumer<AddressWith> change) {
    AddressWith copier = AddressWith.of(Objects.requireNonNull(this.shipTo, "shipTo is null"));
    change.accept(copier);
    this.shipTo = copier.build();
    return this;
  }

  /**
   * Sets {@code billTo}. As it may be null, there is no {@code billTo(change)}; to change some
   * components of a present one: {@code billTo(AddressWith.of(r.billTo()).city(…).build())}.
   */
  public OrderWith billTo(Order.@Nullable Address billTo) {
    this.billTo = billTo;
    return this;
  }

  /**
   * Sets {@code lines}.
   */
  public OrderWith lines(List<Order.Line> lines) {
    this.lines = lines;
    return this;
  }

  /**
   * Sets {@code tags}.
   */
  public OrderWith tags(List<String> tags) {
    this.tags = tags;
    return this;
  }

  /**
   * The copy: a new {@code Order} of the components set here and those kept.
   */
  public Order build() {
    return new Order(id, customer, status, channel, cents, shipTo, billTo, lines, tags);
  }

  /**
   * Copies {@link Order.Address} records with some components changed and the others kept, as in
   * {@code shipTo(a -> a.city(…))}.
   */
  public static final class AddressWith {
    private String city;
    private String country;
    private @Nullable String zip;
    private String label;

    private AddressWith(Order.Address record) {
      this.city = record.city();
      this.country = record.country();
      this.zip = record.zip();
      this.label = record.label();
    }

    /**
     * Starts from {@code record}'s components.
     */
    public static AddressWith of(Order.Address record) {
      return new AddressWith(record);
    }

    /**
     * Sets {@code city}.
     */
    public AddressWith city(String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@code country}.
     */
    public AddressWith country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@code zip}.
     */
    public AddressWith zip(@Nullable String zip) {
      this.zip = zip;
      return this;
    }

    /**
     * Sets {@code label}.
     */
    public AddressWith label(String label) {
      this.label = label;
      return this;
    }

    /**
     * The copy: a new {@code Order.Address} of the components set here and those kept.
     */
    public Order.Address build() {
      return new Order.Address(city, country, zip, label);
    }
  }
}
