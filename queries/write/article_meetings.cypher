// name: article-meetings
// description: The meetings told by the articles ids, but not the meetings known (already read): a report without a date joins its article's dated report (rule 0), so the resolution reads every meeting of that article. Returns every report of each such meeting, one row per report sentence, in the columns of neighbour-meetings.
// params: ids, known
UNWIND $ids AS id
MATCH (:Article {id: id})-[:REPORTS]->(m:Meeting)
WHERE NOT m.id IN $known
WITH DISTINCT m
MATCH (art:Article)-[r:REPORTS]->(m)
RETURN m.id AS meeting, art.id AS article, toString(date(art.published)) AS published,
       r.record AS record, r.start AS start, r.date AS date, r.date_text AS date_text,
       r.status AS status, r.kind AS kind, r.place AS place, r.confidence AS confidence,
       r.party_names AS names, r.party_types AS types, r.party_roles AS roles,
       r.party_titles AS titles, r.party_mentions AS mentions, r.rule AS rule,
       r.party_countries AS countries, r.sentence AS sentence
