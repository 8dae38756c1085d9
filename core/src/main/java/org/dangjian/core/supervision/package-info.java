/**
 * The bureau's own loop of supervision (督查整改): inspections of Party organisations — spot checks, tours,
 * quarterly check-ups, audits, social supervision — with the issues they found, and the corrections (整改)
 * opened from a finding or from an inspection's issue, each with its owner, deadline and closing; the
 * bulletins (通报) naming organisations and their statements; the target responsibility letters (目标责任书)
 * organisations sign for a year, and the values entered for indicators the library does not compute.
 */
@NullMarked
package org.dangjian.core.supervision;

import org.jspecify.annotations.NullMarked;
