package org.dangjian.core.record;

import java.util.Optional;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;

/** What a record's checks may ask of the dataset it belongs to: its core records and declared codes. */
public interface CheckContext {

  /**
   * @param id a member id
   * @return whether the dataset holds the member
   */
  boolean isMember(MemberId id);

  /**
   * @param id an organisation id
   * @return the organisation, if the dataset holds it
   */
  Optional<Organisation> organisation(OrganisationId id);

  /**
   * @param code an activity type code
   * @return whether the dataset declares it (beyond the standard types)
   */
  boolean isDeclaredActivityType(String code);
}
