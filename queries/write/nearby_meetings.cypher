// name: nearby-meetings
// description: The meetings of the participants pkey with a report dated from lo to hi (days, inclusive), one per row {pkey, lo, hi}: the meetings that new reports of those days may join. Returns each such meeting's id, pkey and earliest day, and for every one of its reports the article, date, date text, status, kind, place id and confidence.
// params: rows
UNWIND $rows AS row
MATCH (m:Meeting {pkey: row.pkey})<-[r:REPORTS]-(:Article)
WHERE r.date >= row.lo AND r.date <= row.hi AND size(r.date) = 10
WITH DISTINCT m
RETURN m.id AS id, m.pkey AS pkey, m.first_day AS first_day,
       COLLECT {
         MATCH (m)<-[r:REPORTS]-(art:Article)
         RETURN [art.id, r.date, r.date_text, r.status, r.kind, r.place, r.confidence]
       } AS reports
