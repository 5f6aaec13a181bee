// name: evidence
// description: The sentences that report a meeting, with the article each comes from and what that article says of the meeting's date and status, in article and text order. The id may be the meeting's id or any id that graphify extract printed for one of its reports.
// params: id
MATCH (m:Meeting)
WHERE m.id = $id OR $id IN m.ids
MATCH (art:Article)-[r:REPORTS]->(m)
RETURN art.id AS article,
       art.title AS title,
       art.url AS url,
       r.start AS start,
       r.end AS end,
       r.sentence AS sentence,
       r.date AS reported_date,
       r.status AS reported_status
ORDER BY article, start
