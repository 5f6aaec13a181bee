// name: neighbour-meetings
// description: The meetings that new reports may join or change, one lookup per row {names, need, lo, hi}: the meetings attended by at least need of the actors names whose days (lo to hi, inclusive, YYYY-MM-DD) meet the window, but not the meetings known (already read). Returns every report of each such meeting, one row per report sentence: the meeting's id, the article and its publication day, and what the report says (record id, date, status, kind, place, confidence, its participants, the rule that joined it and the sentence).
// params: rows, known
UNWIND $rows AS row
UNWIND row.names AS name
MATCH (:Actor {name: name})-[:ATTENDED]->(m:Meeting)
WHERE m.lo <= row.hi AND m.hi >= row.lo AND NOT m.id IN $known
WITH row, m, count(*) AS shared
WHERE shared >= row.need
WITH DISTINCT m
MATCH (art:Article)-[r:REPORTS]->(m)
RETURN m.id AS meeting, art.id AS article, toString(date(art.published)) AS published,
       r.record AS record, r.start AS start, r.date AS date, r.date_text AS date_text,
       r.status AS status, r.kind AS kind, r.place AS place, r.confidence AS confidence,
       r.party_names AS names, r.party_types AS types, r.party_roles AS roles,
       r.party_titles AS titles, r.party_mentions AS mentions, r.rule AS rule,
       r.party_countries AS countries, r.sentence AS sentence
