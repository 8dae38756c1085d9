package org.dangjian.core.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.Position;
import org.jspecify.annotations.Nullable;

/**
 * Look-ups over one organisation tree that replacing a member needs — the organisations by id, and the
 * organisations whose committees name each member — made on first use and shared by every dataset with
 * the same tree. Thread-safe.
 */
final class OrganisationLookups {
  private static final int[] NONE = new int[0];
  private volatile @Nullable Map<OrganisationId, Organisation> byId;
  private volatile @Nullable Map<MemberId, int[]> holding;

  /** @return the tree's organisations by id */
  Map<OrganisationId, Organisation> organisations(OrgTree tree) {
    Map<OrganisationId, Organisation> map = byId;
    if (map == null) {
      Map<OrganisationId, Organisation> made = new HashMap<>();
      tree.organisations().forEach(o -> made.putIfAbsent(o.id(), o));
      byId = map = java.util.Collections.unmodifiableMap(made);
    }
    return map;
  }

  /** @return the places (in path order) of the organisations whose committees give the member a position, ascending */
  int[] positionsHeldBy(OrgTree tree, MemberId member) {
    Map<MemberId, int[]> map = holding;
    if (map == null) {
      Map<MemberId, List<Integer>> lists = new HashMap<>();
      List<Organisation> organisations = tree.organisations();
      for (int i = 0; i < organisations.size(); i++) {
        int at = i;
        organisations.get(i).committee().ifPresent(committee -> {
          for (Position position : committee.positions()) {
            List<Integer> places = lists.computeIfAbsent(position.member(), k -> new ArrayList<>());
            if (places.isEmpty() || places.get(places.size() - 1) != at) {
              places.add(at);
            }
          }
        });
      }
      Map<MemberId, int[]> made = new HashMap<>();
      lists.forEach((id, places) -> made.put(id, places.stream().mapToInt(Integer::intValue).toArray()));
      holding = map = made;
    }
    return map.getOrDefault(member, NONE);
  }
}
