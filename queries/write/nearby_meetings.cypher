// name: nearby-meetings
// description: The meetings of the participants pkey with a report dated from lo to hi (days, inclusive), one per row {pkey, lo, hi}: the meetings that new reports of those days may join. Returns, for every report of each such meeting, the meeting's id, pkey and earliest day, and the report's article, date, date text, status, kind, place id and confidence.
// params: rows
UNWIND $rows AS row
MATCH (m:Meeting {pkey: row.pkey})
WHERE EXISTS {
  (m)<-[r:REPORTS]-(:Article)
  WHERE r.date >= row.lo AND r.date <= row.hi AND size(r.date) = 10
}
WITH DISTINCT m
MATCH (m)<-[r:REPORTS]-(art:Article)
RETURN m.id AS id, m.pkey AS pkey, m.first_day AS first_day, art.id AS article, r.date AS date,
       r.date_text AS date_text, r.status AS status, r.kind AS kind, r.place AS place, r.confidence AS confidence
