// name: meetings-between
// description: Meetings that two actors both attended, oldest first, with place, both roles and how many articles report each. Actors are matched by canonical name or alias, ignoring case.
// params: a, b
MATCH (x:Actor)
WHERE toLower(x.name) = toLower($a)
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($a))
MATCH (y:Actor)
WHERE x <> y
  AND (toLower(y.name) = toLower($b)
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower($b)))
MATCH (x)-[rx:ATTENDED]->(m:Meeting)<-[ry:ATTENDED]-(y)
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
OPTIONAL MATCH (art:Article)-[:REPORTS]->(m)
RETURN m.id AS meeting_id,
       m.date AS date,
       p.name AS place,
       p.country AS country,
       m.kind AS kind,
       m.status AS status,
       x.name AS a,
       rx.role AS a_role,
       y.name AS b,
       ry.role AS b_role,
       count(DISTINCT art) AS articles
ORDER BY date, meeting_id
