-- The built-in member-points scheme (党员积分) as one SQL query over the tables MemberPointsInDuckDb loads:
-- what a data team would write first. Amounts are whole hundredths of a point (BIGINT), as in the hand-written
-- loop; $year stands for the year scored. It gives each card's total, blocks, grade, rank and flags, in the board's
-- order: ranked cards by rank, then the others by organisation path and id.
WITH
statuses AS (
  SELECT member,
         count(*) FILTER (WHERE status IN ('full', 'probationary', 'activist', 'candidate')) AS months,
         max(status) FILTER (WHERE month = 12) AS status_at_end
  FROM member_months GROUP BY member),
targets AS (
  SELECT s.member, s.months, s.status_at_end, s.months BETWEEN 1 AND 11 AS partial, m.place
  FROM statuses s JOIN members m USING (member)
  WHERE s.status_at_end IN ('full', 'probationary', 'activist', 'candidate')),
meetings_by_month AS (               -- 参加三会一课: 1 a meeting, at most 2 a month
  SELECT member, least(200, 100 * count(*)) AS earned
  FROM attendance
  WHERE year(day) = $year AND type IN ('branch-general-meeting', 'branch-committee-meeting', 'group-meeting', 'party-lecture')
  GROUP BY member, month(day)),
meetings AS (SELECT member, least(1200, sum(earned)) AS earned FROM meetings_by_month GROUP BY member),
theme_days AS (                      -- 参加主题党日: 0.5 each, at most 5
  SELECT member, least(500, 50 * count(*)) AS earned
  FROM attendance WHERE year(day) = $year AND type = 'theme-party-day' GROUP BY member),
life_absence AS (                    -- 连续六个月不参加组织生活: -5 a finding
  SELECT member, -500 * count(*) AS points FROM findings WHERE rule = 'organisational-life-absence' GROUP BY member),
ledger_items AS (
  SELECT member,
         sum(CASE category WHEN 'study-missed' THEN -300 WHEN 'organisational-life-missed' THEN -200 ELSE 0 END) AS discipline,
         -1000 * count(*) FILTER (WHERE category = 'eight-rules-breach') AS eight_rules,
         max(points) FILTER (WHERE category IN ('commendation-school', 'commendation-county', 'commendation-city')) AS commendation
  FROM ledger WHERE year(day) = $year GROUP BY member),
service_taken AS (                   -- service: its own points, taken in date order up to 9 a year
  SELECT member, points,
         least(abs(points), greatest(0, 900 - coalesce(sum(abs(points)) OVER (PARTITION BY member ORDER BY day, category, seq
             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) AS take
  FROM ledger WHERE year(day) = $year AND category IN ('volunteer-service', 'pioneer-post')),
service AS (
  SELECT member, sum(CASE WHEN points < 0 THEN -take ELSE take END) AS earned, bool_and(points >= 0) AS all_positive
  FROM service_taken GROUP BY member),
dues_paid AS (SELECT member, month(month) AS m, min(paid_on) AS paid_on FROM dues WHERE year(month) = $year GROUP BY member, month(month)),
dues AS (                            -- 按时交纳党费: 0.5 a month paid within two months, at most 5; 逾期超过半年 zeroes it
  SELECT o.member,
         least(500, 50 * count(*) FILTER (WHERE d.paid_on <= last_day(make_date($year, o.month, 1) + INTERVAL 2 MONTH))) AS earned,
         coalesce(bool_or(o.month <= 5 AND (d.paid_on IS NULL OR d.paid_on > last_day(make_date($year, o.month, 1) + INTERVAL 6 MONTH))),
             false) AS arrears
  FROM member_months o LEFT JOIN dues_paid d ON d.member = o.member AND d.m = o.month
  WHERE o.status IN ('full', 'probationary') GROUP BY o.member),
commitments AS (                     -- 年初承诺: 2 a kept commitment, at most 6; -2 a broken one
  SELECT member, least(600, 200 * count(*) FILTER (WHERE outcome = 'kept')) AS kept, -200 * count(*) FILTER (WHERE outcome = 'broken') AS broken
  FROM commitment_items WHERE year = $year GROUP BY member),
earned AS (
  SELECT t.member, t.months, t.status_at_end, t.place, t.partial,
         coalesce(mt.earned, 0) AS meetings, coalesce(td.earned, 0) AS theme_days, coalesce(la.points, 0) AS life_absence,
         coalesce(li.discipline, 0) AS discipline, coalesce(li.eight_rules, 0) AS eight_rules, coalesce(li.commendation, 0) AS commendation,
         coalesce(du.earned, 0) AS dues, coalesce(du.arrears, false) AS arrears,
         coalesce(c.kept, 0) AS kept, coalesce(c.broken, 0) AS broken,
         coalesce(sv.earned, 0) AS service, coalesce(sv.all_positive, true) AS service_positive
  FROM targets t
  LEFT JOIN meetings mt USING (member) LEFT JOIN theme_days td USING (member) LEFT JOIN life_absence la USING (member)
  LEFT JOIN ledger_items li USING (member) LEFT JOIN dues du USING (member) LEFT JOIN commitments c USING (member)
  LEFT JOIN service sv USING (member)),
extrapolated AS (                    -- present part of the year: yearly-capped earnings extrapolated to twelve months
  SELECT *,
         CASE WHEN partial AND meetings > 0 THEN greatest(meetings, least(1200, (meetings * 24 + months) // (2 * months))) ELSE meetings END AS meetings_full,
         CASE WHEN partial AND theme_days > 0 THEN greatest(theme_days, least(500, (theme_days * 24 + months) // (2 * months))) ELSE theme_days END AS theme_days_full,
         CASE WHEN partial AND dues > 0 THEN greatest(dues, least(500, (dues * 24 + months) // (2 * months))) ELSE dues END AS dues_full,
         CASE WHEN partial AND kept > 0 THEN greatest(kept, least(600, (kept * 24 + months) // (2 * months))) ELSE kept END AS kept_full,
         CASE WHEN partial AND service > 0 AND service_positive THEN greatest(service, least(900, (service * 24 + months) // (2 * months)))
              ELSE service END AS service_full
  FROM earned),
blocks AS (
  SELECT member, status_at_end, place, eight_rules < 0 AS breach, arrears,
         least(2500, greatest(0, 2000 + meetings_full + theme_days_full + life_absence)) AS politics,
         least(2500, greatest(0, 1500 + discipline + CASE WHEN arrears THEN 0 ELSE dues_full END)) AS rules,
         least(2500, greatest(0, 2000 + eight_rules + commendation)) AS morals,
         least(2500, greatest(0, 2000 + kept_full + broken + service_full)) AS contribution,
         meetings_full > meetings OR theme_days_full > theme_days OR dues_full > dues OR kept_full > kept OR service_full > service AS prorated
  FROM extrapolated),
cards AS (
  SELECT *, least(10000, greatest(0, politics + rules + morals + contribution)) AS total FROM blocks),
graded AS (
  SELECT *,
         CASE WHEN status_at_end <> 'full' THEN NULL
              WHEN total >= 9500 AND NOT breach THEN 'excellent'
              WHEN total >= 8500 AND NOT breach THEN 'good'
              WHEN total >= 6000 THEN 'average'                -- a breach caps the grade at 一般: no lower grade rises
              ELSE 'poor' END AS grade
  FROM cards)
SELECT member, total, politics, rules, morals, contribution, grade,
       CASE WHEN grade IS NULL THEN NULL
            ELSE row_number() OVER (PARTITION BY grade IS NULL
                ORDER BY total DESC, politics DESC, rules DESC, morals DESC, contribution DESC, member) END AS rank,
       breach OR arrears AS vetoed, prorated
FROM graded
ORDER BY rank NULLS LAST, place, member
