package io.s3db.processor;

import com.squareup.javapoet.ClassName;
import io.s3db.annotations.BehaviorMode;
import io.s3db.processor.model.ResourceModel;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The settings of a resource, from its {@code @S3Resource} and {@code @Behavior}: what the
 * annotations say, or s3db.js's defaults.
 *
 * @param idGenerator the {@code IdGenerator} class; null for nanoids of {@code idSize}
 */
record ResourceSettings(
    String name,
    int idSize,
    ClassName idGenerator,
    boolean paranoid,
    boolean timestamps,
    boolean versioning,
    BehaviorMode behavior) {

  static final String S3_RESOURCE = "io.s3db.annotations.S3Resource";
  static final String BEHAVIOR = "io.s3db.annotations.Behavior";
  private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  /**
   * The record's settings; an invalid name, id size or id generator is reported, and the name and
   * size kept for the other checks.
   */
  static ResourceSettings read(
      Reporter reporter, ProcessingEnvironment env, TypeElement type, String display) {
    AnnotationMirror annotation = Annotations.find(type.getAnnotationMirrors(), S3_RESOURCE);
    String name = Annotations.string(annotation, "name", "");
    if (name.isEmpty()) {
      name = Character.toLowerCase(display.charAt(0)) + display.substring(1);
    }
    if (!RESOURCE_NAME.matcher(name).matches()) {
      reporter.report(Message.INVALID_RESOURCE_NAME, type, display, name);
    }
    int idSize = Annotations.integer(annotation, "idSize", ResourceModel.DEFAULT_ID_SIZE);
    if (idSize < 8 || idSize > 255) {
      reporter.report(Message.INVALID_ID_SIZE, type, display, idSize);
    }
    return new ResourceSettings(
        name,
        idSize,
        new IdGeneratorReader(reporter, env).read(type, display, annotation, idSize),
        Annotations.bool(annotation, "paranoid", true),
        Annotations.bool(annotation, "timestamps", false),
        Annotations.bool(annotation, "versioning", false),
        behavior(type));
  }

  /** The record's {@code @Behavior}, {@code USER_MANAGED} without one. */
  private static BehaviorMode behavior(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (Annotations.qualifiedName(mirror).equals(BEHAVIOR)) {
        return BehaviorMode.valueOf(
            Annotations.string(mirror, "value", BehaviorMode.USER_MANAGED.name()));
      }
    }
    return BehaviorMode.USER_MANAGED;
  }
}
