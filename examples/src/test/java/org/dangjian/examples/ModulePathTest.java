package org.dangjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path: each jar names its module (core by its {@code module-info}, which keeps
 * its {@code internal} packages unexported; rules and scoring by {@code Automatic-Module-Name}), and a tiny
 * modular consumer ({@code requires org.dangjian.core; …}) compiles against the jars with {@code --release 17}
 * and runs in a module layer of its own, reading the sample county, evaluating and scoring it; a consumer
 * that reaches into an internal package does not compile. Run through
 * Maven ({@code ./mvnw -B verify}), where the library modules are their packaged jars.
 */
class ModulePathTest {
  /** The library's jars, then what they need at run time (Guava, Jackson, SnakeYAML, JSpecify) from this test's class path. */
  private static Set<Path> modulePath() throws URISyntaxException {
    Set<Path> jars = new LinkedHashSet<>();
    for (Class<?> type : List.of(org.dangjian.core.dataset.Dataset.class, org.dangjian.rules.ComplianceEngine.class,
        org.dangjian.scoring.ScoringEngine.class)) {
      jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      String unix = entry.replace('\\', '/');
      if (unix.endsWith(".jar") && (unix.contains("/com/google/guava/") || unix.contains("/com/fasterxml/jackson/")
          || unix.contains("/org/yaml/") || unix.contains("/org/jspecify/"))) {
        jars.add(Path.of(entry));
      }
    }
    return jars;
  }

  @Test
  void eachLibraryJarNamesItsModule() throws Exception {
    List<String> names = new ArrayList<>();
    for (Path jar : modulePath().stream().limit(3).toList()) {
      assertThat(jar.toString()).as("the library's modules are their packaged jars (run through Maven)").endsWith(".jar");
      names.add(ModuleFinder.of(jar).findAll().iterator().next().descriptor().name());
    }
    assertThat(names).containsExactly("org.dangjian.core", "org.dangjian.rules", "org.dangjian.scoring");
  }

  @Test
  void coreExportsEveryPackageButTheInternalOnes() throws Exception {
    Path core = modulePath().iterator().next();
    java.lang.module.ModuleDescriptor descriptor = ModuleFinder.of(core).findAll().iterator().next().descriptor();
    assertThat(descriptor.isAutomatic()).as("core declares its module").isFalse();
    assertThat(descriptor.packages()).contains("org.dangjian.core.internal", "org.dangjian.core.json.internal");
    List<String> unexported = descriptor.packages().stream()
        .filter(p -> descriptor.exports().stream().noneMatch(e -> e.source().equals(p) && !e.isQualified()))
        .sorted().toList();
    assertThat(unexported).containsExactly("org.dangjian.core.internal", "org.dangjian.core.json.internal");
  }

  @Test
  void aConsumerReachingIntoAnInternalPackageDoesNotCompile(@TempDir Path dir) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src/com/example/reach"));
    Files.writeString(dir.resolve("src/module-info.java"), "module com.example.reach { requires org.dangjian.core; }\n");
    Files.writeString(sources.resolve("Reach.java"), "package com.example.reach;\n"
        + "public class Reach { public static Object sorted() { return org.dangjian.core.internal.Sorted.class; } }\n");
    Compiled compiled = compile(List.of(dir.resolve("src/module-info.java").toString(), sources.resolve("Reach.java").toString()),
        dir.resolve("classes"));
    assertThat(compiled.status()).as("javac should refuse the internal package").isNotZero();
    assertThat(compiled.diagnostics()).contains("package org.dangjian.core.internal is not visible")
        .contains("declared in module org.dangjian.core, which does not export it");
  }

  /** What javac said of sources compiled against the library's jars on the module path. */
  private record Compiled(int status, String diagnostics) {}

  private static Compiled compile(List<String> files, Path classes) throws URISyntaxException {
    Set<Path> path = modulePath();
    // An empty class path: javac would otherwise take this test's own, where core's classes are in no module.
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-Xlint:-options", "-d", classes.toString(),
        "--class-path", classes.toString(),
        "--module-path", String.join(java.io.File.pathSeparator, path.stream().map(Path::toString).toList())));
    arguments.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    int status = javac.run(null, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
        new java.io.PrintStream(new java.io.OutputStream() {
          @Override
          public void write(int b) {
            diagnostics.write(b);
          }
        }, true, java.nio.charset.StandardCharsets.UTF_8), arguments.toArray(String[]::new));
    return new Compiled(status, diagnostics.toString());
  }

  @Test
  void eachLibraryJarHasItsSourcesAndJavadocBesideIt() throws Exception {
    for (Class<?> type : List.of(org.dangjian.core.dataset.Dataset.class, org.dangjian.rules.ComplianceEngine.class,
        org.dangjian.scoring.ScoringEngine.class, org.dangjian.testkit.scenario.ScenarioRunner.class)) {
      Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      assertThat(jar.toString()).as("the library's modules are their packaged jars (run through Maven)").endsWith(".jar");
      String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
      String page = type.getName().replace('.', '/');
      try (JarFile sources = new JarFile(jar.resolveSibling(base + "-sources.jar").toFile());
          JarFile javadoc = new JarFile(jar.resolveSibling(base + "-javadoc.jar").toFile())) {
        assertThat(sources.getEntry(page + ".java")).as(base + "-sources.jar holds " + page + ".java").isNotNull();
        // The pages stand at the package's path, or under the module's name when javadoc reads the jar as a module.
        assertThat(javadoc.stream().map(java.util.jar.JarEntry::getName)
            .anyMatch(name -> name.equals(page + ".html") || name.endsWith("/" + page + ".html")))
            .as(base + "-javadoc.jar documents " + type.getSimpleName()).isTrue();
        assertThat(javadoc.getEntry("index.html")).isNotNull();
      }
    }
  }

  @Test
  void aModularConsumerCompilesAndRuns(@TempDir Path dir) throws Exception {
    Path sources = Path.of(ModulePathTest.class.getResource("modular/consumer").toURI());
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    Set<Path> path = modulePath();
    Path classes = dir.resolve("classes");
    Compiled compiled = compile(files, classes);
    assertThat(compiled.status()).as("javac on the module path:\n" + compiled.diagnostics()).isZero();

    // Run it: a layer of its own, with the library's jars as automatic modules.
    List<Path> all = new ArrayList<>(path);
    all.add(classes);
    ModuleFinder finder = ModuleFinder.of(all.toArray(Path[]::new));
    // Rules and scoring are automatic modules: they declare no requires, so their dependencies are resolved
    // as java's --add-modules ALL-MODULE-PATH would (README, "Use it from Maven").
    Set<String> roots = new java.util.TreeSet<>();
    finder.findAll().forEach(module -> roots.add(module.descriptor().name()));
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Class<?> consumer = layer.findLoader("com.example.consumer").loadClass("com.example.consumer.Consumer");
    Path county = sampleCounty(dir);
    Object board = consumer.getMethod("run", Path.class).invoke(null, county);
    List<?> cards = (List<?>) board.getClass().getMethod("cards").invoke(board);
    assertThat(board.getClass().getModule().getName()).isEqualTo("org.dangjian.scoring");
    assertThat(cards).hasSize(581); // the sample county's members scored, as on the class path
  }

  private static Path sampleCounty(Path dir) throws IOException {
    Path file = dir.resolve("qinghe-county.json");
    try (var in = ModulePathTest.class.getResourceAsStream("/org/dangjian/testkit/sample/qinghe-county.json")) {
      Files.copy(in, file);
    }
    return file;
  }
}
