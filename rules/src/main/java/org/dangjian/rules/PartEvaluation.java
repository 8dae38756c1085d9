package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.Dependencies;

/**
 * Evaluating a region part by part — on the threads of one machine or the executors of a cluster — with
 * the same findings as one evaluation of the whole region.
 *
 * <p>A rule set splits in two. The {@linkplain #perPart(RuleSet) per-part rules} are those that declare
 * themselves {@linkplain Dependencies#isPerBranch() per branch}: what they say about a branch depends only on
 * its own records, which a part of {@link Dataset#partition} holds whole, so every part evaluates them
 * alone, and each finding is made once, by the part holding its organisation. The {@linkplain
 * #perRegion(RuleSet) region rules} — a school no organisation covers, a committee's size, the bureau's
 * inspections of its schools — look across branches: they run once, over the {@linkplain
 * #regionCore(Collection, RuleSet) region's core} (its organisations, members and units, and only the
 * records those rules read, so much smaller than the region). {@link #report} then puts findings and
 * requirements together as {@link ComplianceEngine#evaluate} would have: {@code report(regionCore, set, …,
 * every part's findings and the region rules', …)} equals {@code evaluate(merge(parts), set, …)}.
 */
public final class PartEvaluation {
  private PartEvaluation() {}

  /**
   * @param ruleSet a resolved rule set
   * @return the same set with only its per-branch rules, which each part evaluates alone
   */
  public static RuleSet perPart(RuleSet ruleSet) {
    return withEntries(ruleSet, true);
  }

  /**
   * @param ruleSet a resolved rule set
   * @return the same set with only the rules that look across branches, evaluated once over the region's core
   */
  public static RuleSet perRegion(RuleSet ruleSet) {
    return withEntries(ruleSet, false);
  }

  private static RuleSet withEntries(RuleSet ruleSet, boolean perBranch) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    List<RuleEntry> entries = ruleSet.entries().stream().filter(e -> e.rule().dependencies().isPerBranch() == perBranch).toList();
    return new RuleSet(ruleSet.id(), ruleSet.version(), ruleSet.title(), ruleSet.jurisdiction(), ruleSet.effectiveOn(),
        ruleSet.chain(), ruleSet.parameters(), ruleSet.activityTypes(), entries, ruleSet.calendar());
  }

  /**
   * @param part a part of a region (or the whole region)
   * @param ruleSet a resolved rule set
   * @return the part with its units, organisations and members, and of its records only the kinds a region
   *     rule of the set reads (every kind a project declares, whose reader the set cannot know, is kept)
   */
  public static Dataset core(Dataset part, RuleSet ruleSet) {
    return core(part, ruleSet, List.of());
  }

  /**
   * @param part a part of a region (or the whole region)
   * @param ruleSet a resolved rule set
   * @param alsoKept kinds to keep besides, whatever the rules read — the leadership posts and reports a
   *     leaders' scheme counts across the region ({@code ScoringEngine.regionKinds(scheme)})
   * @return the part's core, with those kinds too
   */
  public static Dataset core(Dataset part, RuleSet ruleSet, Collection<? extends RecordKind<?>> alsoKept) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(alsoKept, "alsoKept");
    List<Dependencies> region = perRegion(ruleSet).entries().stream().map(e -> e.rule().dependencies()).toList();
    Dataset.Builder core = Dataset.builder(part.kinds()).region(part.region()).activityTypes(part.declaredActivityTypes())
        .units(part.units()).organisations(part.organisations()).members(part.members());
    part.externalMembers().forEach(core::externalMember);
    part.externalOrganisations().forEach(core::externalOrganisation);
    for (RecordKind<?> kind : part.kinds().all()) {
      if (Dependencies.Records.of(kind).isEmpty() || alsoKept.contains(kind) || region.stream().anyMatch(d -> d.reads(kind))) {
        copy(part, kind, core);
      }
    }
    return core.build();
  }

  private static <T> void copy(Dataset from, RecordKind<T> kind, Dataset.Builder to) {
    to.addAll(kind, from.records(kind).all());
  }

  /**
   * @param parts the parts of a region ({@link Dataset#partition}, or the files of a folder)
   * @param ruleSet a resolved rule set
   * @return the region's core: the parts' {@linkplain #core(Dataset, RuleSet) cores} merged, over which
   *     the {@linkplain #perRegion(RuleSet) region rules} run and the report is put together
   */
  public static Dataset regionCore(Collection<Dataset> parts, RuleSet ruleSet) {
    return regionCore(parts, ruleSet, List.of());
  }

  /**
   * @param parts the parts of a region
   * @param ruleSet a resolved rule set
   * @param alsoKept kinds to keep besides ({@link #core(Dataset, RuleSet, Collection)})
   * @return the region's core, with those kinds too
   */
  public static Dataset regionCore(Collection<Dataset> parts, RuleSet ruleSet, Collection<? extends RecordKind<?>> alsoKept) {
    Objects.requireNonNull(parts, "parts");
    return Dataset.merge(parts.stream().map(p -> core(p, ruleSet, alsoKept)).toList());
  }

  /**
   * @param region the region's report ({@link #report} over the region's core)
   * @param part one of its parts
   * @return the part's share of it: the findings, requirements, summaries and dues of the part's own
   *     organisations, in the region's order — the summaries the region's, so that an organisation's rate
   *     over everything beneath it counts what lies in other parts too. This is the report the part's
   *     cards are scored with.
   */
  public static ComplianceReport share(ComplianceReport region, Dataset part) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(part, "part");
    java.util.function.Predicate<org.dangjian.core.org.OrganisationId> held = id -> part.organisation(id).isPresent();
    return new ComplianceReport(region.ruleSet(), region.window(), region.asOf(),
        region.findings().stream().filter(f -> held.test(f.organisation())).toList(),
        region.requirements().stream().filter(r -> held.test(r.organisation())).toList(),
        region.summaries().stream().filter(s -> held.test(s.organisation())).toList(),
        region.due().stream().filter(d -> held.test(d.organisation())).toList());
  }

  /**
   * The region's summaries from its parts': each organisation's own counts are exact in the part holding it,
   * but a part's counts over what lies beneath an organisation stop at the part — the bureau above the
   * counties sees none of them. This sums the own counts again over the region's tree.
   *
   * @param region the region's core (or the region): its tree
   * @param parts every organisation's summary from the part holding it (an organisation given none counts
   *     nothing of its own); one that is not in the region is left out
   * @return every organisation's summary, in the region's path order — {@code evaluate(region).summaries()}
   */
  public static List<OrganisationSummary> rollUp(Dataset region, Collection<OrganisationSummary> parts) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(parts, "parts");
    List<org.dangjian.core.org.Organisation> organisations = region.organisations();
    java.util.Map<org.dangjian.core.org.OrganisationId, Integer> position = ComplianceEngine.positions(organisations);
    int[][] own = new int[organisations.size()][3];
    for (OrganisationSummary summary : parts) {
      Integer at = position.get(summary.organisation());
      if (at != null) {
        own[at] = new int[] {summary.required(), summary.held(), summary.findings()};
      }
    }
    return ComplianceEngine.rollUp(organisations, position, own);
  }

  /**
   * Puts a report together from findings and requirements made elsewhere, as {@link
   * ComplianceEngine#evaluate} does: sorted in the dataset's tree order, with every organisation's
   * summary and what is still due. What concerns an organisation the dataset does not hold is left out
   * (so a part's report takes the region rules' findings about its own organisations only).
   *
   * @param dataset the region's core, a part, or the region
   * @param ruleSet the rule set the findings came from
   * @param window the period evaluated
   * @param asOf the day of evaluation
   * @param findings the findings
   * @param requirements the requirements
   * @return the report
   * @throws org.dangjian.core.ValidationException ({@code invalid-date}) if the day lies outside the window
   */
  public static ComplianceReport report(Dataset dataset, RuleSet ruleSet, ReportingPeriod window, LocalDate asOf,
      Collection<Finding> findings, Collection<Requirement> requirements) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(requirements, "requirements");
    ComplianceEngine.requireWithin(window, asOf);
    List<Finding> held = findings.stream().filter(f -> dataset.organisation(f.organisation()).isPresent())
        .collect(Collectors.toCollection(ArrayList::new));
    List<Requirement> required = requirements.stream().filter(r -> dataset.organisation(r.organisation()).isPresent())
        .collect(Collectors.toCollection(ArrayList::new));
    return ComplianceEngine.report(dataset, ruleSet, window, asOf, held, required);
  }
}
