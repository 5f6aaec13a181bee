// name: timeline
// description: An actor's meetings in date order (a coarser date such as "2018" sorts before the days of that year; undated meetings come last), with kind, status, place, the actor's role, the other participants and the meeting id. Every status is listed, planned and cancelled meetings included. The actor is matched by canonical name or alias, ignoring case.
// params: name
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($name)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($name))
MATCH (a)-[r:ATTENDED]->(m:Meeting)
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
OPTIONAL MATCH (other:Actor)-[:ATTENDED]->(m)
  WHERE other <> a
WITH a, r, m, p, other
ORDER BY other.name
WITH a, r, m, p, collect(other.name) AS counterparts
RETURN a.name AS actor,
       m.date AS date,
       m.kind AS kind,
       m.status AS status,
       p.name AS place,
       p.country AS country,
       r.role AS role,
       counterparts,
       m.id AS meeting_id
ORDER BY actor, date, meeting_id
