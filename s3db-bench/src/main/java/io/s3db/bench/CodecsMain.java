package io.s3db.bench;

import io.s3db.bench.codec.CodecBench;
import io.s3db.bench.codec.CodecPaths;
import io.s3db.bench.codec.Customer;
import io.s3db.bench.codec.CustomerCodec;
import io.s3db.bench.codec.CustomerDao;
import io.s3db.bench.codec.SecretCustomer;
import io.s3db.bench.codec.SecretCustomerCodec;
import io.s3db.bench.codec.SecretCustomerDao;
import io.s3db.bench.codec.Shapes;
import io.s3db.internal.RecordMetadata;
import io.s3db.spi.Attribute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The codec benchmarks (issue 13 §4), run by {@code bench/codecs [key=value …]} ({@link
 * CodecsSettings}): the largest record of the shape that fits 2 KB ({@link LargestFitting}),
 * s3db.js 21.6.2's mapper on Node for the same records ({@link S3dbJsFigures}), then the JMH
 * benchmarks of {@link CodecBench} ({@link JmhFigures}). Writes {@code
 * bench/results/<date>-<name>.md} ({@link CodecsReport}) and adds its figures to {@code
 * bench/results/summary.json} ({@link CodecsFigures}).
 */
public final class CodecsMain {
  private CodecsMain() {}

  public static void main(String[] args) throws IOException, RunnerException, InterruptedException {
    CodecsSettings s = CodecsSettings.parse(args);
    Path root = BenchMain.repositoryRoot();
    Path nodeModules = root.resolve("s3db-interop/src/test/node/node_modules");
    if (!Files.exists(nodeModules.resolve("s3db.js/package.json"))) {
      throw new IllegalStateException(
          "s3db.js is not installed: run `node install.mjs` in s3db-interop/src/test/node");
    }
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadBefore = Machine.load();
    System.err.println("load before: " + loadBefore);

    Map<String, CodecPaths<?>> paths = new LinkedHashMap<>();
    paths.put("plain", CodecPaths.plain(0));
    paths.put("secret", CodecPaths.secret(0));
    Map<String, List<Attribute>> attributes =
        Map.of("plain", CustomerCodec.ATTRIBUTES, "secret", SecretCustomerCodec.ATTRIBUTES);

    RecordMetadata<Customer> plainStep = RecordMetadata.of(CustomerDao.DESCRIPTOR, null);
    RecordMetadata<SecretCustomer> secretStep =
        RecordMetadata.of(SecretCustomerDao.DESCRIPTOR, Shapes.PASSPHRASE);
    Map<String, Integer> grows = new LinkedHashMap<>();
    grows.put("plain", LargestFitting.grow(g -> plainStep.put(Shapes.customer(g))));
    grows.put("secret", LargestFitting.grow(g -> secretStep.put(Shapes.secretCustomer(g))));

    // s3db.js runs before JMH and is given the largest records too, for its metadata bytes of them
    String loadNode = Machine.load();
    S3dbJsFigures node =
        S3dbJsFigures.measure(
            root,
            nodeModules,
            s,
            paths,
            attributes,
            Map.of(
                "plain", Shapes.customer(grows.get("plain")),
                "secret", Shapes.secretCustomer(grows.get("secret"))));

    Map<String, LargestFitting> largest = new LinkedHashMap<>();
    largest.put(
        "plain",
        LargestFitting.of(
            grows.get("plain"), plainStep, Shapes::customer, node.largestMetadataBytes("plain")));
    largest.put(
        "secret",
        LargestFitting.of(
            grows.get("secret"),
            secretStep,
            Shapes::secretCustomer,
            node.largestMetadataBytes("secret")));

    String loadJmh = Machine.load();
    JmhFigures jmh = JmhFigures.run(s);
    String loadAfter = Machine.load();
    Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    System.err.println("load after: " + loadAfter);

    CodecsRun run =
        new CodecsRun(
            s, start, end, loadBefore, loadNode, loadJmh, loadAfter, jmh, node, paths, largest);
    String date = LocalDate.ofInstant(start, ZoneOffset.UTC).toString();
    String file = date + "-" + s.name() + ".md";
    Path results = root.resolve("bench/results");
    Files.createDirectories(results);
    Files.writeString(results.resolve(file), CodecsReport.markdown(run), StandardCharsets.UTF_8);
    Summary.write(results.resolve("summary.json"), file, CodecsFigures.of(run, file));
    System.err.println("wrote bench/results/" + file + " and bench/results/summary.json");
  }
}
