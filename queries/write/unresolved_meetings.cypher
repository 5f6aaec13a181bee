// name: unresolved-meetings
// description: Meetings written before reports carried their record id and participants, at most $limit: their id and, for each report, its article's publication day, date and status, for graphify to compute the days the meeting may fall on.
// params: limit
MATCH (:Article)-[r:REPORTS]->(m:Meeting)
WHERE r.record IS NULL
WITH DISTINCT m LIMIT toInteger($limit)
RETURN m.id AS id,
       COLLECT { MATCH (art:Article)-[r:REPORTS]->(m) RETURN [toString(date(art.published)), r.date, r.date_text, r.status] } AS reports
