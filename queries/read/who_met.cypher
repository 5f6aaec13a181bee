// name: who-met
// description: Who an actor met: one row per meeting and counterpart, oldest first, with date, place, kind, status, both roles and the meeting id. The actor is matched by canonical name or alias, ignoring case.
// params: name
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($name)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($name))
MATCH (a)-[r:ATTENDED]->(m:Meeting)<-[o:ATTENDED]-(other:Actor)
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
RETURN a.name AS actor,
       other.name AS met,
       m.date AS date,
       p.name AS place,
       p.country AS country,
       m.kind AS kind,
       m.status AS status,
       r.role AS role,
       o.role AS their_role,
       m.id AS meeting_id
ORDER BY date, met, meeting_id
