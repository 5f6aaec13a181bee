// name: planned
// description: Meetings that have not happened (yet): planned, proposed or postponed, by date (undated last), with the date as written, place, kind, status, participants and how many articles report each.
// params:
MATCH (m:Meeting)
WHERE m.status IN ['planned', 'proposed', 'postponed']
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
OPTIONAL MATCH (a:Actor)-[:ATTENDED]->(m)
WITH m, p, a
ORDER BY a.name
WITH m, p, collect(a.name) AS participants
RETURN m.id AS meeting_id,
       m.date AS date,
       m.date_text AS date_text,
       p.name AS place,
       p.country AS country,
       m.kind AS kind,
       m.status AS status,
       participants,
       COUNT { MATCH (art:Article)-[:REPORTS]->(m) RETURN DISTINCT art } AS articles
ORDER BY date, meeting_id
