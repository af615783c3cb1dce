package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code GeneratedS3dbModule}, listing every resource of the compilation, in the longest
 * package the resources share. It is registered as a {@link java.util.ServiceLoader} provider by
 * the processor.
 */
public final class ModuleGenerator {
  public static final String SIMPLE_NAME = "GeneratedS3dbModule";

  private final List<ResourceModel> models;

  public ModuleGenerator(List<ResourceModel> models) {
    this.models = models;
  }

  public ClassName className() {
    return ClassName.get(commonPackage(), SIMPLE_NAME);
  }

  public JavaFile generate() {
    List<CodeBlock> descriptors = new ArrayList<>();
    for (ResourceModel model : models) {
      descriptors.add(CodeBlock.of("$T.DESCRIPTOR", model.generated("Dao")));
    }
    ParameterizedTypeName list =
        ParameterizedTypeName.get(
            ClassName.get(List.class),
            ParameterizedTypeName.get(
                RuntimeTypes.RESOURCE_DESCRIPTOR, WildcardTypeName.subtypeOf(Object.class)));
    TypeSpec type =
        TypeSpec.classBuilder(className())
            .addJavadoc(
                """
                Every s3db resource of this compilation. Found by {@code S3db.connect} through
                {@link java.util.ServiceLoader}, or given to
                {@code S3db.builder().module(new $L())}.
                """,
                SIMPLE_NAME)
            .addAnnotation(Generators.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(RuntimeTypes.S3DB_MODULE)
            .addMethod(
                MethodSpec.methodBuilder("resources")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(list)
                    .addStatement(
                        "return $T.of($L)", List.class, CodeBlock.join(descriptors, ",$W"))
                    .build())
            .build();
    return JavaFile.builder(commonPackage(), type).skipJavaLangImports(true).indent("  ").build();
  }

  private String commonPackage() {
    String[] common = models.get(0).recordType().packageName().split("\\.");
    int length = common.length;
    for (ResourceModel model : models) {
      String[] segments = model.recordType().packageName().split("\\.");
      int shared = 0;
      while (shared < Math.min(length, segments.length)
          && segments[shared].equals(common[shared])) {
        shared++;
      }
      length = shared;
    }
    return String.join(".", Arrays.copyOf(common, length));
  }
}
