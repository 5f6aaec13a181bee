// name: neighbour-meetings
// description: The meetings that new reports may join or change, one lookup per row {name, lo, hi}: the meetings the actor name attended whose days (lo to hi, inclusive, YYYY-MM-DD) meet the window. Returns every report of each such meeting, one row per report sentence: the meeting's id, the article and its publication day, and what the report says (record id, date, status, kind, place, confidence and its participants).
// params: rows
UNWIND $rows AS row
MATCH (:Actor {name: row.name})-[:ATTENDED]->(m:Meeting)
WHERE m.lo <= row.hi AND m.hi >= row.lo
WITH DISTINCT m
MATCH (art:Article)-[r:REPORTS]->(m)
RETURN m.id AS meeting, art.id AS article, toString(date(art.published)) AS published,
       r.record AS record, r.start AS start, r.date AS date, r.date_text AS date_text,
       r.status AS status, r.kind AS kind, r.place AS place, r.confidence AS confidence,
       r.party_names AS names, r.party_types AS types, r.party_roles AS roles,
       r.party_titles AS titles, r.party_mentions AS mentions
