package io.s3db.processor;

import com.squareup.javapoet.ClassName;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.PartitionModel;
import io.s3db.processor.model.ResourceModel;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads an {@code @S3Resource} record into a {@link ResourceModel}, reporting everything it cannot
 * honour: its settings ({@link ResourceSettings}), components ({@link ComponentReader}), timestamps
 * ({@link TimestampRules}) and partitions ({@link PartitionReader}).
 */
final class ModelReader {
  private final Reporter reporter;
  private final ProcessingEnvironment env;
  private final boolean fromSource;

  /**
   * @param fromSource whether the record is compiled from source, not read from its class file:
   *     only then are warnings reported, since a class file has lost the {@code @SuppressWarnings}
   *     that silence them (and they were reported when it was compiled)
   */
  ModelReader(Reporter reporter, ProcessingEnvironment env, boolean fromSource) {
    this.reporter = reporter;
    this.env = env;
    this.fromSource = fromSource;
  }

  /** The model, or null when the record has errors (all of them reported). */
  ResourceModel read(TypeElement type) {
    if (type.getKind() != ElementKind.RECORD && type.getKind() != ElementKind.CLASS) {
      reporter.report(Message.NOT_A_RECORD, type, type.getSimpleName(), article(type.getKind()));
      return null;
    }
    String display = type.getSimpleName().toString();
    List<Properties.Property> properties = Properties.read(type, reporter, display);
    if (properties == null) {
      reporter.takeErrors();
      return null;
    }
    ComponentReader componentReader = new ComponentReader(reporter, display);
    componentReader.checkAccessible(type, display);
    ResourceSettings settings = ResourceSettings.read(reporter, env, type, display);
    List<FieldModel> components = componentReader.read(type);
    checkId(type, display, properties);
    if (settings.timestamps()) {
      TimestampRules.check(reporter, type, display, properties, components);
    }
    List<PartitionModel> partitions =
        new PartitionReader(reporter, type, display, fromSource).read(components);
    if (settings.timestamps()) {
      TimestampRules.addPartitions(components, partitions);
    }
    return reporter.takeErrors()
        ? null
        : new ResourceModel(
            ClassName.get(type),
            settings.name(),
            settings.idSize(),
            settings.idGenerator(),
            components,
            partitions,
            settings.paranoid(),
            settings.behavior(),
            settings.timestamps(),
            settings.versioning());
  }

  private void checkId(TypeElement type, String display, List<Properties.Property> properties) {
    Properties.Property id =
        properties.stream().filter(c -> c.name().equals("id")).findFirst().orElse(null);
    if (id == null) {
      reporter.report(Message.NO_ID, type, display);
    } else if (!JavaTypes.isString(id.type())) {
      reporter.report(Message.ID_NOT_STRING, id.element(), display, id.type());
    }
  }

  private static String article(ElementKind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }
}
