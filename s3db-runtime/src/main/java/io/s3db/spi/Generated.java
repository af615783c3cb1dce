package io.s3db.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type written by the s3db processor. CLASS retention (unlike {@code
 * javax.annotation.processing.Generated}) so coverage tools can exclude generated classes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Generated {
  /** The generator, {@code io.s3db.processor.S3dbProcessor}. */
  String value();
}
