package io.s3db.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.sun.source.util.Trees;
import io.s3db.processor.generator.CodecGenerator;
import io.s3db.processor.generator.DaoGenerator;
import io.s3db.processor.generator.ModuleGenerator;
import io.s3db.processor.generator.PartitionsGenerator;
import io.s3db.processor.generator.SourceText;
import io.s3db.processor.generator.ValidatorGenerator;
import io.s3db.processor.generator.WithGenerator;
import io.s3db.processor.model.ResourceModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Generates, for every {@code @S3Resource} record, its codec, validator, DAO, copier ({@code
 * <Record>With}) and (with {@code @Partition}s) typed partition keys, and one {@code
 * GeneratedS3dbModule} listing them all (registered for {@link java.util.ServiceLoader}). Records
 * with errors get every error reported and no code; the others are still generated.
 */
@AutoService(Processor.class)
public final class S3dbProcessor extends AbstractProcessor {
  private static final String SERVICE_FILE = "META-INF/services/io.s3db.spi.S3dbModule";
  static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";
  private static final String[] GENERATED_SUFFIXES = {
    "Dao", "Codec", "Validator", "Partitions", "With"
  };

  private final List<ResourceModel> resources = new ArrayList<>();
  private final Map<String, String> recordByResourceName = new HashMap<>();
  private boolean moduleWritten;
  private boolean errorsSeen;
  private Reporter reporter;
  private Elements elements;
  private Filer filer;

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
    super.init(env);
    this.reporter = new Reporter(env.getMessager());
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
  }

  /**
   * Also {@code @Partition}(s), read with their {@code @S3Resource}, and {@code @Generated}, which
   * the generated code carries, so javac has no unclaimed annotation to warn of.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        ResourceSettings.S3_RESOURCE,
        PartitionReader.PARTITION,
        PartitionReader.PARTITIONS,
        RuntimeTypes.GENERATED.canonicalName());
  }

  /**
   * Gradle's incremental category, which {@code META-INF/gradle/incremental.annotation.processors}
   * leaves to this method ("dynamic"): aggregating, as {@code GeneratedS3dbModule} and the checks
   * for duplicate resource names look at every record. An aggregating processor sees unchanged
   * records through their class files, where javac before 22 hides type-use annotations
   * (JDK-8225377): it would take a {@code @Nullable} component for a required one and generate
   * wrong code. Older compilers therefore get no category, which makes Gradle recompile everything,
   * as it does for a non-incremental processor.
   */
  @Override
  public Set<String> getSupportedOptions() {
    return Runtime.version().feature() >= 22 ? Set.of(GRADLE_AGGREGATING) : Set.of();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Claims the annotations (returns true): javac's {@code -Xlint:processing}, part of {@code
   * -Xlint:all}, warns of every annotation that no processor claimed, which fails a user's build
   * under {@code -Werror}. Claiming hides them from processors that run later; no other processor
   * has a use for s3db's own annotations, and {@code @Generated} is on code this processor wrote.
   */
  @Override
  @SuppressWarnings("DoNotClaimAnnotations") // see above: unclaimed, they warn under -Xlint:all
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(ResourceSettings.S3_RESOURCE);
    Set<? extends Element> annotated =
        annotation == null ? Set.of() : round.getElementsAnnotatedWith(annotation);
    for (Element element : annotated) {
      try {
        process((TypeElement) element);
      } catch (RuntimeException | IOException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        reporter.report(Message.INTERNAL_ERROR, element, element.getSimpleName(), trace);
      }
      errorsSeen |= reporter.takeErrors();
    }
    // The module goes out in the round after the resources, so it is itself compiled normally.
    boolean lastChance = round.processingOver();
    if (!resources.isEmpty()
        && !moduleWritten
        && (annotated.isEmpty() || lastChance)
        && !errorsSeen
        && !round.errorRaised()) {
      writeModule();
    }
    return true;
  }

  private void process(TypeElement type) throws IOException {
    ResourceModel model = new ModelReader(reporter, processingEnv, hasSource(type)).read(type);
    if (model == null) {
      return;
    }
    String other =
        recordByResourceName.putIfAbsent(model.resourceName(), type.getQualifiedName().toString());
    if (other != null) {
      reporter.report(
          Message.DUPLICATE_RESOURCE_NAME, type, type.getSimpleName(), model.resourceName(), other);
      return;
    }
    for (String suffix : GENERATED_SUFFIXES) {
      if (suffix.equals("Partitions") && model.partitions().isEmpty()) {
        continue;
      }
      ClassName generated = model.generated(suffix);
      if (elements.getTypeElement(generated.canonicalName()) != null) {
        reporter.report(
            Message.GENERATED_NAME_CLASH,
            type,
            type.getSimpleName(),
            generated.simpleName(),
            generated.packageName(),
            suffix);
        return;
      }
    }
    write(new CodecGenerator(model).generate(), type);
    write(new ValidatorGenerator(model).generate(), type);
    if (!model.partitions().isEmpty()) {
      write(new PartitionsGenerator(model).generate(), type);
    }
    write(new DaoGenerator(model).generate(), type);
    write(new WithGenerator(model).generate(), type);
    resources.add(model);
  }

  /**
   * Whether javac compiles the record from source in this run, rather than reading its class file
   * (as Gradle's incremental builds have it do for unchanged records): class files lose
   * {@code @SuppressWarnings}. True when the compiler is not javac, as it then cannot tell.
   */
  private boolean hasSource(TypeElement type) {
    try {
      return Trees.instance(processingEnv).getPath(type) != null;
    } catch (IllegalArgumentException notJavac) {
      return true;
    }
  }

  /**
   * @param origin the record the file came from, which incremental builds (Gradle) track
   */
  private void write(JavaFile file, Element... origin) throws IOException {
    String name =
        file.packageName.isEmpty()
            ? file.typeSpec.name
            : file.packageName + "." + file.typeSpec.name;
    JavaFileObject source = filer.createSourceFile(name, origin);
    try (Writer writer = source.openWriter()) {
      writer.write(SourceText.of(file));
    }
  }

  private void writeModule() {
    moduleWritten = true;
    ModuleGenerator module = new ModuleGenerator(resources);
    try {
      write(module.generate());
      FileObject services = filer.createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE);
      try (Writer writer =
          new java.io.OutputStreamWriter(services.openOutputStream(), StandardCharsets.UTF_8)) {
        writer.write(module.className().canonicalName() + "\n");
      }
    } catch (IOException e) {
      reporter.report(Message.INTERNAL_ERROR, null, ModuleGenerator.SIMPLE_NAME, e);
    }
  }
}
