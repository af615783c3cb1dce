package com.acme;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.spi.Attribute;
import io.s3db.spi.Defaults;
import io.s3db.spi.Generated;
import io.s3db.spi.JsonFields;
import io.s3db.spi.MetadataReader;
import io.s3db.spi.MetadataWriter;
import io.s3db.spi.ResourceCodec;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link Order} as S3 user metadata, in the s3db.js 21.x format. Each key is the
 * base36 position of its path (FORMAT.md §4.1). Generated; not for direct use.
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class OrderCodec implements ResourceCodec<Order> {
  static final String CUSTOMER = "0";
  static final String STATUS = "1";
  static final String CHANNEL = "2";
  static final String CENTS = "3";
  static final String SHIP_TO_CITY = "4";
  static final String SHIP_TO_COUNTRY = "5";
  static final String SHIP_TO_ZIP = "6";
  static final String SHIP_TO_LABEL = "7";
  static final String BILL_TO_CITY = "8";
  static final String BILL_TO_COUNTRY = "9";
  static final String BILL_TO_ZIP = "a";
  static final String BILL_TO_LABEL = "b";
  static final String LINES = "c";
  static final String TAGS = "d";
  static final String BILL_TO = "f";

  /**
   * The schema as s3db.js declares it in {@code s3db.json}, its leaves in key order.
   */
  public static final List<Attribute> ATTRIBUTES = List.of(
      Attribute.text("customer", "string"),
      Attribute.of("status", "string"),
      Attribute.text("channel", "string"),
      Attribute.of("cents", "number|integer"),
      Attribute.text("shipTo.city", "string"),
      Attribute.text("shipTo.country", "string"),
      Attribute.text("shipTo.zip", "string|optional"),
      Attribute.text("shipTo.label", "string|default:home"),
      Attribute.text("billTo.city", "string"),
      Attribute.text("billTo.country", "string"),
      Attribute.text("billTo.zip", "string|optional"),
      Attribute.text("billTo.label", "string|default:home"),
      Attribute.of("lines", "json|empty:false"),
      Attribute.of("tags", "array|items:string"));

  @Override
  public @Nullable String id(Order record) {
    return record.id();
  }

  @Override
  public Order withId(Order record, String id) {
    return new Order(id, record.customer(), record.status(), record.channel(), record.cents(),
        record.shipTo(), record.billTo(), record.lines(), record.tags());
  }

  @Override
  public Order applyDefaults(Order record, Defaults defaults) {
    return new Order(
        record.id(),
        record.customer(),
        record.status(),
        record.channel(),
        record.cents(),
        applyDefaultsShipTo(record.shipTo(), defaults),
        applyDefaultsBillTo(record.billTo(), defaults),
        record.lines(),
        record.tags());
  }

  @Override
  public void encode(Order record, MetadataWriter out) {
    out.putString(CUSTOMER, record.customer());
    out.putString(STATUS, record.status().name());
    out.putString(CHANNEL, record.channel());
    out.putInteger(CENTS, record.cents());
    encodeShipTo(record.shipTo(), out);
    Order.Address _billTo = record.billTo();
    if (_billTo != null) {
      encodeBillTo(_billTo, out);
    }
    out.putJson(LINES, record.lines().stream().map(OrderCodec::toJsonLine).toList());
    out.putStrings(TAGS, record.tags());
  }

  @Override
  public Order decode(String id, MetadataReader in) {
    return new Order(
        id,
        in.requireString(CUSTOMER, "customer"),
        in.requireEnum(STATUS, "status", Order.Status::valueOf),
        in.requireString(CHANNEL, "channel"),
        in.requireLong(CENTS, "cents"),
        decodeShipTo(in),
        in.hasAny(BILL_TO, BILL_TO_CITY, BILL_TO_COUNTRY, BILL_TO_ZIP, BILL_TO_LABEL)
            ? decodeBillTo(in) : null,
        in.jsonItems(LINES, "lines").stream().map(json -> fromJsonLine(json, "lines")).toList(),
        in.strings(TAGS));
  }

  private static Order.@Nullable Address applyDefaultsShipTo(Order.@Nullable Address value,
      Defaults defaults) {
    return value == null ? null : new Order.Address(
        value.city(),
        value.country(),
        value.zip(),
        value.label() != null ? value.label() : "home");
  }

  private static Order.@Nullable Address applyDefaultsBillTo(Order.@Nullable Address value,
      Defaults defaults) {
    return value == null ? null : new Order.Address(
        value.city(),
        value.country(),
        value.zip(),
        value.label() != null ? value.label() : "home");
  }

  private static void encodeShipTo(Order.Address value, MetadataWriter out) {
    out.putString(SHIP_TO_CITY, value.city());
    out.putString(SHIP_TO_COUNTRY, value.country());
    String _shipToZip = value.zip();
    if (_shipToZip != null) {
      out.putString(SHIP_TO_ZIP, _shipToZip);
    }
    out.putString(SHIP_TO_LABEL, value.label());
  }

  private static void encodeBillTo(Order.Address value, MetadataWriter out) {
    out.putString(BILL_TO_CITY, value.city());
    out.putString(BILL_TO_COUNTRY, value.country());
    String _billToZip = value.zip();
    if (_billToZip != null) {
      out.putString(BILL_TO_ZIP, _billToZip);
    }
    out.putString(BILL_TO_LABEL, value.label());
  }

  private static Map<String, Object> toJsonAddress(Order.Address value) {
    Map<String, Object> json = JsonFields.object();
    json.put("city", JsonFields.value(value.city()));
    json.put("country", JsonFields.value(value.country()));
    if (value.zip() != null) {
      json.put("zip", JsonFields.value(value.zip()));
    }
    json.put("label", JsonFields.value(value.label()));
    return json;
  }

  private static Map<String, Object> toJsonLine(Order.Line value) {
    Map<String, Object> json = JsonFields.object();
    json.put("sku", JsonFields.value(value.sku()));
    json.put("quantity", JsonFields.value(value.quantity()));
    if (value.price() != null) {
      json.put("price", JsonFields.value(value.price()));
    }
    if (value.shipTo() != null) {
      json.put("shipTo", toJsonAddress(value.shipTo()));
    }
    return json;
  }

  private static Order.Address decodeShipTo(MetadataReader in) {
    return new Order.Address(
        in.requireString(SHIP_TO_CITY, "shipTo.city"),
        in.requireString(SHIP_TO_COUNTRY, "shipTo.country"),
        in.string(SHIP_TO_ZIP),
        in.has(SHIP_TO_LABEL) ? in.requireString(SHIP_TO_LABEL, "shipTo.label") : "home");
  }

  private static Order.Address decodeBillTo(MetadataReader in) {
    return new Order.Address(
        in.requireString(BILL_TO_CITY, "billTo.city"),
        in.requireString(BILL_TO_COUNTRY, "billTo.country"),
        in.string(BILL_TO_ZIP),
        in.has(BILL_TO_LABEL) ? in.requireString(BILL_TO_LABEL, "billTo.label") : "home");
  }

  private static Order.Address fromJsonAddress(JsonNode json, String path) {
    return new Order.Address(
        JsonFields.text(json, "city", path + ".city"),
        JsonFields.text(json, "country", path + ".country"),
        JsonFields.has(json, "zip") ? JsonFields.text(json, "zip", path + ".zip") : null,
        JsonFields.text(json, "label", path + ".label"));
  }

  private static Order.Line fromJsonLine(JsonNode json, String path) {
    return new Order.Line(
        JsonFields.text(json, "sku", path + ".sku"),
        JsonFields.int32(json, "quantity", path + ".quantity"),
        JsonFields.has(json, "price") ? JsonFields.decimal(json, "price", path + ".price") : null,
        JsonFields.has(json, "shipTo")
            ? fromJsonAddress(JsonFields.object(json, "shipTo", path + ".shipTo"), path + ".shipTo")
            : null);
  }
}
