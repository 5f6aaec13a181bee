// name: meetings-in-range
// description: Meetings whose date lies within a range, oldest first, with place, kind, status and participants. $from and $to are "YYYY", "YYYY-MM" or "YYYY-MM-DD" and both ends are inclusive: from 2018-05 to 2018-05 is all of May 2018. A meeting is listed only if its whole date lies in the range: one dated "2018-05" is within 2018-05-01..2018-05-31, but one dated only "2018" is not (it may have been in any month), and undated meetings never are. Every status is listed.
// params: from, to
WITH date($from) AS lo,
     date($to) + CASE size($to) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS hi
// A date, of the range or of a meeting, stands for the days from its first
// day up to (not including) the first day of the next year, month or day.
// The first WHERE narrows the years, through the index on Meeting.date.
MATCH (m:Meeting)
WHERE m.date >= toString(lo.year) AND m.date < toString(hi.year + 1)
WITH m, lo, hi, date(m.date) AS since,
     date(m.date) + CASE size(m.date) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS until
WHERE since >= lo AND until <= hi
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
OPTIONAL MATCH (a:Actor)-[:ATTENDED]->(m)
WITH m, p, a
ORDER BY a.name
RETURN m.id AS meeting_id,
       m.date AS date,
       p.name AS place,
       p.country AS country,
       m.kind AS kind,
       m.status AS status,
       collect(a.name) AS participants
ORDER BY date, meeting_id
