// name: meetings-in
// description: Meetings held in a place or a country (matched by name, ignoring case), oldest first, with their participants.
// params: place
MATCH (m:Meeting)-[:HELD_IN]->(p:Place)
WHERE toLower(p.name) = toLower($place) OR toLower(p.country) = toLower($place)
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
