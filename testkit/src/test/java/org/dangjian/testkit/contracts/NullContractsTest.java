package org.dangjian.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceSession;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point of the library — constructors, static methods, and the methods of its main
 * objects — refuses a null where it does not take one (a parameter not marked {@code @Nullable}) with a
 * {@link NullPointerException} of its own: thrown in the called type's package, naming what was null, not
 * from deep inside with the message "null".
 */
class NullContractsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 12, 20);

  /** Sample values of the parameter types: a call whose types are all here is tried, each reference parameter null in turn. */
  private static final Map<Class<?>, Supplier<Object>> SAMPLES = new LinkedHashMap<>();

  static {
    Dataset county = SampleCounty.dataset();
    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", DAY);
    ReportingPeriod year = ReportingPeriod.parse("2024");
    ComplianceReport report = ComplianceEngine.evaluate(county, national, year, DAY);
    SAMPLES.put(String.class, () -> "cn-national");
    SAMPLES.put(LocalDate.class, () -> DAY);
    SAMPLES.put(YearMonth.class, () -> YearMonth.of(2024, 12));
    SAMPLES.put(Year.class, () -> Year.of(2024));
    SAMPLES.put(BigDecimal.class, () -> BigDecimal.ONE);
    SAMPLES.put(Optional.class, Optional::empty);
    SAMPLES.put(List.class, List::of);
    SAMPLES.put(Set.class, Set::of);
    SAMPLES.put(Map.class, Map::of);
    SAMPLES.put(Path.class, () -> Path.of("target", "no-such-file.json"));
    SAMPLES.put(byte[].class, () -> "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    SAMPLES.put(Syntax.class, () -> Syntax.JSON);
    SAMPLES.put(Dataset.class, () -> county);
    SAMPLES.put(RuleSet.class, () -> national);
    SAMPLES.put(ReportingPeriod.class, () -> year);
    SAMPLES.put(ComplianceReport.class, () -> report);
    SAMPLES.put(ScoringScheme.class, () -> SchemeRegistry.standard().resolve("member-points", DAY));
    SAMPLES.put(MemberId.class, () -> MemberId.of("m0001"));
    SAMPLES.put(OrganisationId.class, () -> OrganisationId.of("yz-b1"));
    SAMPLES.put(RuleSetRegistry.class, RuleSetRegistry::standard);
    SAMPLES.put(SchemeRegistry.class, SchemeRegistry::standard);
  }

  /** The objects whose public methods are tried too. */
  private static List<Object> instances() {
    Dataset county = SampleCounty.dataset();
    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", DAY);
    return List.of(county, RuleSetRegistry.standard(), SchemeRegistry.standard(), national,
        ComplianceEngine.evaluate(county, national, ReportingPeriod.parse("2024"), DAY),
        ComplianceSession.start(county, national, ReportingPeriod.parse("2024"), DAY), county.tree());
  }

  @Test
  void everyPublicCallRefusesANullItDoesNotTakeWithItsOwnException() throws Exception {
    List<String> broken = new ArrayList<>();
    int tried = 0;
    for (Class<?> type : publicTypes()) {
      List<Executable> calls = new ArrayList<>();
      for (Constructor<?> constructor : type.getConstructors()) {
        calls.add(constructor);
      }
      for (Method method : type.getMethods()) {
        if (Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() == type) {
          calls.add(method);
        }
      }
      calls.sort(Comparator.comparing(Executable::toGenericString));
      for (Executable call : calls) {
        tried += tryNulls(null, call, broken);
      }
    }
    for (Object instance : instances()) {
      Method[] methods = instance.getClass().getMethods();
      Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
      for (Method method : methods) {
        if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass().getName().startsWith("org.dangjian")) {
          tried += tryNulls(instance, method, broken);
        }
      }
    }
    System.out.println("null contracts: " + tried + " calls given a null, " + broken.size() + " not refused as they should be");
    assertThat(tried).as("calls tried").isGreaterThanOrEqualTo(300);
    assertThat(broken).as("calls that let a null through or fail deep inside").isEmpty();
  }

  /** @return how many null calls were made */
  private static int tryNulls(Object target, Executable call, List<String> broken) throws IllegalAccessException, InstantiationException {
    Parameter[] parameters = call.getParameters();
    Object[] samples = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Class<?> type = parameters[i].getType();
      if (type.isPrimitive()) {
        samples[i] = type == boolean.class ? false : type == int.class ? 2024 : type == long.class ? 1L : null;
        if (samples[i] == null) {
          return 0;
        }
      } else if (SAMPLES.containsKey(type)) {
        samples[i] = SAMPLES.get(type).get();
      } else {
        return 0; // a type without a sample: not tried
      }
    }
    int tried = 0;
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive() || isNullable(parameters[i])) {
        continue;
      }
      Object[] args = samples.clone();
      args[i] = null;
      tried++;
      String name = (call instanceof Method m ? m.getDeclaringClass().getSimpleName() + "." + m.getName()
          : call.getDeclaringClass().getSimpleName() + ".<init>") + "(argument " + i + " of " + parameters.length + " null)";
      try {
        if (call instanceof Method method) {
          method.invoke(target, args);
        } else {
          ((Constructor<?>) call).newInstance(args);
        }
        broken.add(name + ": accepted the null");
      } catch (IllegalArgumentException e) {
        tried--; // not a call this test can make (an inner class's constructor)
      } catch (InvocationTargetException e) {
        Throwable thrown = e.getCause();
        if (!(thrown instanceof NullPointerException npe)) {
          broken.add(name + ": threw " + thrown.getClass().getSimpleName() + " instead of NullPointerException");
        } else if (npe.getMessage() == null || npe.getMessage().equals("null") || npe.getMessage().startsWith("Cannot ")) {
          broken.add(name + ": a NullPointerException from deep inside (" + npe.getMessage() + ") at " + firstFrame(npe));
        }
      }
    }
    return tried;
  }

  private static String firstFrame(Throwable e) {
    return Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.dangjian")).findFirst()
        .map(StackTraceElement::toString).orElse("?");
  }

  private static boolean isNullable(Parameter parameter) {
    return parameter.isAnnotationPresent(org.jspecify.annotations.Nullable.class)
        || parameter.getAnnotatedType().isAnnotationPresent(org.jspecify.annotations.Nullable.class);
  }

  private static List<Class<?>> publicTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.dangjian.core", "org.dangjian.rules", "org.dangjian.scoring")) {
      Class<?> reflected = type.reflect();
      if (Modifier.isPublic(reflected.getModifiers()) && !reflected.getPackageName().contains("internal")
          && (reflected.getEnclosingClass() == null || Modifier.isPublic(reflected.getEnclosingClass().getModifiers()))) {
        types.add(reflected);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }
}
