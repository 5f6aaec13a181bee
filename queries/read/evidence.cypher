// name: evidence
// description: The sentences that report a meeting, with the article each comes from, in article and text order.
// params: id
MATCH (art:Article)-[r:REPORTS]->(m:Meeting {id: $id})
RETURN art.id AS article,
       art.title AS title,
       art.url AS url,
       r.start AS start,
       r.end AS end,
       r.sentence AS sentence
ORDER BY article, start
