package org.dangjian.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.testkit.scenario.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of every loader — dataset, rule set, scheme, scenario; JSON and YAML. Valid files
 * are mutated thousands of times (spans deleted, duplicated, swapped or truncated; values changed in
 * type, dates made impossible, numbers made huge, codes made unknown, structures nested deep, bytes
 * made invalid UTF-8). Each outcome must be a loaded object or the project's own exception with a
 * message naming the file; never another exception, and never a hang (each load has ten seconds).
 */
class LoaderFuzzTest {
  private static final int MUTATIONS_PER_SEED = 1000;
  /** Mutations per seed of the kinds added for hostile numbers, tags and encodings, after the others. */
  private static final int HOSTILE_MUTATIONS_PER_SEED = 250;
  private static final String[] EXPONENTS = {"1e999999999", "-1E999999999", "1e-999999999", "9e9999", "1e400", "1.5e-400",
      "0e-999999999", "1e64", "1e65", "1e-65"};
  private static final String[] TAGS = {"!!str", "!!int", "!!binary", "!custom", "!<tag:yaml.org,2002:str>", "!!python/object"};
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?<=[:\\[,\\s])-?\\d+(\\.\\d+)?(?=[\\s,\\]}])");
  private static final ObjectMapper YAML = DangjianJson.yamlMapper();
  private static final ObjectMapper JSON = DangjianJson.jsonMapper();
  private static ExecutorService runner;

  private static final String[] HOSTILE_TEXT = {"", "2024-02-30", "1900-01-00", "2101-01-01", "9999-99-99", "zzz-unknown", "-1",
      "\u0000", "\uFFFF", "𠀀", "null", "true", "type", "cn-national", "m1", "' OR 1=1 --", "${jndi:ldap://x}", "\"", "\\"};
  private static final String[] HOSTILE_NUMBERS = {"0", "-1", "-99999999999", "1e400", "99999999999999999999999999", "0.0000001",
      "2147483648", "-0.0", "3.5"};

  /** One kind of document, with its loader. */
  record Seed(String name, Syntax syntax, byte[] content, Consumer<byte[]> load) {}

  @BeforeAll
  static void start() {
    runner = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void stop() {
    runner.shutdownNow();
  }

  private static byte[] resource(String path) {
    try (InputStream in = LoaderFuzzTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] withId(byte[] yaml, String id) {
    try {
      ObjectNode root = (ObjectNode) YAML.readTree(yaml);
      root.put("id", id);
      return YAML.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] asJson(byte[] yaml) {
    try {
      return JSON.writeValueAsBytes(YAML.readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Seed> seeds() {
    byte[] dataset = resource("/org/dangjian/rules/sets/cn-national.scenario.dataset.yaml");
    byte[] ruleSet = withId(resource("/org/dangjian/rules/sets/county-first-topic.yaml"), "fuzz-rules");
    byte[] scheme = withId(resource("/org/dangjian/scoring/schemes/year-end-appraisal.yaml"), "fuzz-scheme");
    byte[] scenario = resource("/org/dangjian/rules/sets/cn-national.scenario.yaml");
    byte[] letter = withId(resource("/org/dangjian/scoring/letters/county-school-letter.yaml"), "fuzz-letter");
    List<Seed> seeds = new ArrayList<>();
    for (Syntax syntax : Syntax.values()) {
      String ext = syntax == Syntax.JSON ? ".json" : ".yaml";
      boolean json = syntax == Syntax.JSON;
      seeds.add(new Seed("dataset" + ext, syntax, json ? asJson(dataset) : dataset,
          bytes -> DatasetFormat.read(bytes, "dataset" + ext, syntax)));
      seeds.add(new Seed("rules" + ext, syntax, json ? asJson(ruleSet) : ruleSet, bytes -> {
        RuleSetDefinition definition = RuleSetDefinition.parse(SourceDocument.of(bytes, "rules" + ext, syntax));
        RuleSetRegistry.standard().with(definition).resolve(definition.id(), definition.effectiveFrom());
      }));
      seeds.add(new Seed("scheme" + ext, syntax, json ? asJson(scheme) : scheme, bytes -> {
        SchemeDefinition definition = SchemeDefinition.parse(SourceDocument.of(bytes, "scheme" + ext, syntax));
        SchemeRegistry.standard().with(definition).resolve(definition.id(), java.time.LocalDate.of(2024, 12, 31));
      }));
      seeds.add(new Seed("letter" + ext, syntax, json ? asJson(letter) : letter, bytes -> {
        org.dangjian.scoring.LetterTemplate template = org.dangjian.scoring.LetterTemplate.parse(SourceDocument.of(bytes, "letter" + ext, syntax));
        org.dangjian.scoring.LetterRegistry.standard().with(template).resolve(template.id(), template.effectiveFrom());
      }));
      seeds.add(new Seed("scenario" + ext, syntax, json ? asJson(scenario) : scenario,
          bytes -> Scenario.read(SourceDocument.of(bytes, "scenario" + ext, syntax), file -> dataset)));
    }
    return seeds;
  }

  /** What a round of mutations came to. */
  private static final class Outcomes {
    int loaded;
    int refused;
    final List<String> failures = new ArrayList<>();
  }

  @Test
  void everyMutationLoadsOrIsRefusedWithTheProjectsOwnLocatedError() throws Exception {
    for (Seed seed : seeds()) {
      seed.load().accept(seed.content()); // the seed itself is valid
    }
    Outcomes outcomes = new Outcomes();
    fuzz("mutation", MUTATIONS_PER_SEED, 0, LoaderFuzzTest::mutate, outcomes);
    fuzz("hostile mutation", HOSTILE_MUTATIONS_PER_SEED, 0x5EED, LoaderFuzzTest::hostileMutation, outcomes);
    int loaded = outcomes.loaded;
    int refused = outcomes.refused;
    List<String> failures = outcomes.failures;
    System.out.println("fuzzing the loaders: " + (loaded + refused) + " mutations, " + loaded + " loaded, " + refused
        + " refused with a located error, " + failures.size() + " failures");
    assertThat(failures).as("mutations that escaped as another exception or hung").isEmpty();
    assertThat(loaded + refused).isEqualTo(seeds().size() * (MUTATIONS_PER_SEED + HOSTILE_MUTATIONS_PER_SEED));
    assertThat(refused).as("most mutations break the document").isGreaterThan(loaded);
  }

  /** Loads {@code perSeed} mutations of each seed, each within ten seconds, and counts how each ended. */
  private void fuzz(String label, int perSeed, long salt, java.util.function.BiFunction<Seed, SplittableRandom, Mutated> mutator,
      Outcomes outcomes) throws InterruptedException {
    for (Seed seed : seeds()) {
      SplittableRandom random = new SplittableRandom(seed.name().hashCode() ^ salt);
      for (int i = 0; i < perSeed; i++) {
        long mutationSeed = random.nextLong();
        Mutated mutated = mutator.apply(seed, new SplittableRandom(mutationSeed));
        Future<?> load = runner.submit(() -> seed.load().accept(mutated.bytes()));
        try {
          load.get(10, TimeUnit.SECONDS);
          outcomes.loaded++;
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable cause = e.getCause();
          if (isLocatedRefusal(cause, seed)) {
            outcomes.refused++;
          } else {
            outcomes.failures.add(seed.name() + " " + label + " " + mutationSeed + " (" + mutated.description() + "): " + cause
                + " at " + java.util.Arrays.stream(cause.getStackTrace()).filter(f -> f.getClassName().startsWith("org.dangjian"))
                    .limit(3).map(String::valueOf).toList());
          }
        } catch (TimeoutException e) {
          load.cancel(true);
          outcomes.failures.add(seed.name() + " " + label + " " + mutationSeed + " (" + mutated.description() + "): no answer in 10 s");
          runner.shutdownNow();
          runner = Executors.newSingleThreadExecutor();
        }
      }
    }
  }

  /** @return whether the failure is the project's own refusal, naming the seed's file in every problem */
  private static boolean isLocatedRefusal(Throwable cause, Seed seed) {
    return cause instanceof DangjianException refusal && refusal.getMessage() != null
        && (cause instanceof ValidationException invalid ? invalid.problems().stream().allMatch(p -> p.toString()
            .startsWith(seed.name())) : refusal.getMessage().contains(seed.name()));
  }

  /**
   * A mutation of the kinds a parser lets through unless told: a number whose exponent makes it huge or tiny, a
   * YAML tag before a value, or another encoding (UTF-16, UTF-32, GB18030, an overlong form, an encoded or a lone
   * surrogate).
   */
  static Mutated hostileMutation(Seed seed, SplittableRandom random) {
    String text = new String(seed.content(), java.nio.charset.StandardCharsets.UTF_8);
    switch (random.nextInt(3)) {
      case 0 -> {
        List<int[]> numbers = new ArrayList<>();
        java.util.regex.Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
          numbers.add(new int[] {matcher.start(), matcher.end()});
        }
        if (numbers.isEmpty()) { // a document without numbers: one where a value starts
          int colon = Math.max(0, text.indexOf(':')) + 1;
          numbers.add(new int[] {colon, colon});
        }
        int[] at = numbers.get(random.nextInt(numbers.size()));
        String exponent = EXPONENTS[random.nextInt(EXPONENTS.length)];
        return new Mutated(utf8(text.substring(0, at[0]) + exponent + text.substring(at[1])), "number at " + at[0] + " made " + exponent);
      }
      case 1 -> {
        List<Integer> values = new ArrayList<>();
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
          values.add(i + 1); // after a key's colon (JSON or YAML), or inside a value
        }
        int at = values.get(random.nextInt(values.size()));
        String tag = TAGS[random.nextInt(TAGS.length)];
        return new Mutated(utf8(text.substring(0, at) + " " + tag + " " + text.substring(at).stripLeading()), "tag " + tag + " at " + at);
      }
      default -> {
        int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length())));
        byte[] before = utf8(text.substring(0, at));
        byte[] after = utf8(text.substring(at));
        return switch (random.nextInt(7)) {
          case 0 -> new Mutated(text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE), "UTF-16LE");
          case 1 -> new Mutated(text.getBytes(java.nio.charset.StandardCharsets.UTF_16), "UTF-16 with a byte-order mark");
          case 2 -> new Mutated(text.getBytes(java.nio.charset.Charset.forName("UTF-32")), "UTF-32");
          case 3 -> new Mutated(text.getBytes(java.nio.charset.Charset.forName("GB18030")), "GB18030");
          case 4 -> new Mutated(concat(concat(before, new byte[] {(byte) 0xC0, (byte) 0xAF}), after), "overlong / at " + at);
          case 5 -> new Mutated(concat(concat(before, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), after), "encoded surrogate at " + at);
          default -> new Mutated(concat(concat(before, utf8("\\ud83d")), after), "lone surrogate escape at " + at);
        };
      }
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A mutated document and what was done to it. */
  record Mutated(byte[] bytes, String description) {}

  static Mutated mutate(Seed seed, SplittableRandom random) {
    byte[] content = seed.content();
    int kind = random.nextInt(12);
    if (kind < 5) {
      return textMutation(content, random, kind);
    }
    try {
      ObjectMapper mapper = seed.syntax() == Syntax.JSON ? JSON : YAML;
      JsonNode root = mapper.readTree(content);
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode target = containers.get(random.nextInt(containers.size()));
      String description = treeMutation((ContainerNode<?>) target, random, kind);
      return new Mutated(mapper.writeValueAsBytes(root), description);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Mutated textMutation(byte[] content, SplittableRandom random, int kind) {
    int a = random.nextInt(content.length);
    int b = Math.min(content.length, a + 1 + random.nextInt(40));
    byte[] result;
    String description;
    switch (kind) {
      case 0 -> {
        result = concat(slice(content, 0, a), slice(content, b, content.length));
        description = "deleted bytes " + a + "-" + b;
      }
      case 1 -> {
        result = concat(slice(content, 0, b), slice(content, a, content.length));
        description = "duplicated bytes " + a + "-" + b;
      }
      case 2 -> {
        result = slice(content, 0, a);
        description = "truncated at " + a;
      }
      case 3 -> {
        int c = random.nextInt(content.length);
        int lo = Math.min(a, c);
        int hi = Math.max(a, c);
        int span = Math.min(20, content.length - hi);
        result = content.clone();
        for (int i = 0; i < span && lo + i < hi; i++) {
          byte t = result[lo + i];
          result[lo + i] = result[hi + i];
          result[hi + i] = t;
        }
        description = "swapped bytes at " + lo + " and " + hi;
      }
      default -> {
        result = content.clone();
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
        result[a] = invalid[random.nextInt(invalid.length)];
        description = "invalid UTF-8 byte at " + a;
      }
    }
    return new Mutated(result, description);
  }

  private static String treeMutation(ContainerNode<?> target, SplittableRandom random, int kind) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode value = switch (kind) {
      case 5 -> nodes.textNode(HOSTILE_TEXT[random.nextInt(HOSTILE_TEXT.length)]);
      case 6 -> nodes.numberNode(new BigDecimal(HOSTILE_NUMBERS[random.nextInt(HOSTILE_NUMBERS.length)]));
      case 7 -> nodes.booleanNode(random.nextBoolean());
      case 8 -> nodes.objectNode();
      case 9 -> {
        ArrayNode deep = nodes.arrayNode();
        ArrayNode inner = deep;
        for (int i = 0; i < 5 + random.nextInt(100); i++) {
          inner = inner.addArray();
        }
        yield deep;
      }
      case 10 -> nodes.nullNode();
      default -> null; // delete
    };
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      if (value == null) {
        object.remove(name);
        return "removed field " + name;
      }
      object.set(name, value);
      return "set field " + name + " to " + abbreviate(value);
    }
    if (target instanceof ArrayNode array && array.size() > 0) {
      int index = random.nextInt(array.size());
      if (value == null) {
        array.add(array.get(index).deepCopy());
        return "duplicated element " + index;
      }
      array.set(index, value);
      return "set element " + index + " to " + abbreviate(value);
    }
    return "nothing changed";
  }

  private static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
        collect(children.next(), containers);
      }
    }
  }

  private static byte[] slice(byte[] content, int from, int to) {
    byte[] result = new byte[Math.max(0, to - from)];
    System.arraycopy(content, from, result, 0, result.length);
    return result;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] result = new byte[a.length + b.length];
    System.arraycopy(a, 0, result, 0, a.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }
}
