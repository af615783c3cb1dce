package io.s3db.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The flags the processor generates say what the runtime used to read from rule strings, for every
 * attribute of every resource of this module's tests.
 */
class AttributeFlagsTest {

  @Test
  void flagsAgreeWithTheRuleStrings() {
    int attributes = 0;
    for (S3dbModule module : ServiceLoader.load(S3dbModule.class)) {
      for (ResourceDescriptor<?> descriptor : module.resources()) {
        for (Attribute attribute : descriptor.attributes()) {
          String rule = attribute.rule();
          String where = descriptor.name() + "." + attribute.path() + " " + rule;
          assertEquals(rule.startsWith("secret"), attribute.secret(), where);
          // truncatable: free text only, a subset of the string rules (enum names and decimal
          // digits are stored as strings too, but cutting them would change the value)
          boolean text =
              (rule.equals("string") || rule.startsWith("string|") || rule.startsWith("email"))
                  && !rule.contains("enum:");
          assertTrue(text || !attribute.truncatable(), where);
          attributes++;
        }
      }
    }
    assertTrue(attributes > 100, "only " + attributes + " attributes found");
  }
}
