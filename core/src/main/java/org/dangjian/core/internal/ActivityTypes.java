package org.dangjian.core.internal;

import java.util.stream.Collectors;
import org.dangjian.core.Labels;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.ActivityType;

/** Reading an activity's type code, standard or declared by the dataset. Not API. */
public final class ActivityTypes {
  private ActivityTypes() {}

  /**
   * @param code an activity's type code
   * @return the standard type, or a stand-in with the code (labelled by it) for the reader to replace by the
   *     type the dataset declares
   * @throws ValidationException ({@code unknown-code}) for a code no declaration could have
   */
  public static ActivityType read(String code) {
    java.util.Optional<ActivityType> standard = ActivityType.standardType(code);
    if (standard.isPresent()) {
      return standard.get();
    }
    try {
      return ActivityType.of(code, new Labels(code, code));
    } catch (ValidationException e) {
      throw unknown(code);
    }
  }

  /**
   * @param code a code neither standard nor declared
   * @return the problem, at the type's path
   */
  public static ValidationException unknown(String code) {
    return ValidationException.of("", "unknown-code", "activity type '" + code
        + "' is neither standard nor declared in activityTypes; standard: "
        + ActivityType.standardTypes().stream().map(ActivityType::code).collect(Collectors.joining(", ")));
  }
}
