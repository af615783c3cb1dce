package io.s3db.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.documents.AttributeDescription;
import io.s3db.documents.ResourceDescription;
import io.s3db.documents.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Every value type of the catalog as a Spark type, without starting Spark. */
class SchemaMappingTest {

  private static ResourceDescription describing(List<AttributeDescription> attributes) {
    return new ResourceDescription(
        "things",
        "v1",
        List.of("v1"),
        attributes,
        List.of(),
        "user-managed",
        false,
        false,
        false,
        22,
        null);
  }

  @Test
  void everyValueTypeHasAColumnType() {
    List<AttributeDescription> attributes = new ArrayList<>();
    for (ValueType type : ValueType.values()) {
      attributes.add(new AttributeDescription("a" + type.name(), "rule", type, true, false));
    }
    StructType schema = SchemaMapping.schema(describing(attributes));
    assertEquals(
        "struct<id:string,aSTRING:string,aINTEGER:bigint,aNUMBER:double,aBOOLEAN:boolean,"
            + "aUUID:string,aDATETIME:timestamp,aDATEONLY:date,aJSON:string,aSECRET:string,"
            + "aSTRING_ARRAY:array<string>,aINTEGER_ARRAY:array<bigint>,"
            + "aNUMBER_ARRAY:array<double>,aBOOLEAN_ARRAY:array<boolean>,aUNSUPPORTED:string>",
        schema.simpleString());
    assertEquals(ValueType.values().length + 1, schema.fields().length, "a test per type");
    assertEquals("JSON", schema.apply("aJSON").metadata().getString(SchemaMapping.TYPE));
    assertEquals("rule", schema.apply("aJSON").metadata().getString(SchemaMapping.RULE));
  }

  @Test
  void dottedPathsNestInDeclarationOrder() {
    StructType schema =
        SchemaMapping.schema(
            describing(
                List.of(
                    leaf("name", ValueType.STRING),
                    leaf("shipTo.city", ValueType.STRING),
                    leaf("total", ValueType.NUMBER),
                    leaf("shipTo.geo.lat", ValueType.NUMBER),
                    leaf("shipTo.zip", ValueType.STRING))));
    assertEquals(
        "struct<id:string,name:string,shipTo:struct<city:string,geo:struct<lat:double>,"
            + "zip:string>,total:double>",
        schema.simpleString());
    assertEquals(false, schema.apply("id").nullable());
    assertEquals(true, schema.apply("name").nullable(), "older versions may lack it");
  }

  @Test
  void pruningKeepsTheMetadata() {
    StructType full =
        SchemaMapping.schema(
            describing(List.of(leaf("a.b", ValueType.JSON), leaf("a.c", ValueType.INTEGER))));
    StructType required =
        new StructType().add("a", new StructType().add("b", DataTypes.StringType));
    StructType pruned = SchemaMapping.prune(full, required);
    StructType a = (StructType) pruned.apply("a").dataType();
    assertEquals(List.of("b"), List.of(a.fieldNames()));
    assertEquals(ValueType.JSON, SchemaMapping.valueType(a.apply("b")));
  }

  private static AttributeDescription leaf(String path, ValueType type) {
    return new AttributeDescription(path, "any", type, false, false);
  }
}
