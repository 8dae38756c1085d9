package org.dangjian.core.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Position;
import org.jspecify.annotations.Nullable;

/**
 * The look-up over one organisation tree that replacing a member needs — the organisations whose
 * committees name each member — made on first use and shared by every dataset with the same tree.
 * Thread-safe.
 */
final class PositionHolders {
  private static final int[] NONE = new int[0];
  private volatile @Nullable Map<MemberId, int[]> holding;

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
