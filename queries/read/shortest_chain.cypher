// name: shortest-chain
// description: The shortest chain of held meetings (at most 6) that links actor $a to actor $b through named people, countries and organisations (never through a group such as "officials" or an unnamed role, which stand for different people in different meetings): one row per step, with the two actors, the earliest of their held meetings (date, place, kind, id) and how many held meetings they had. No rows if no chain of 6 or fewer steps exists. Actors are matched by canonical name or alias, ignoring case.
// params: a, b
MATCH (x:Actor)
WHERE toLower(x.name) = toLower($a)
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($a))
MATCH (y:Actor)
WHERE x <> y
  AND (toLower(y.name) = toLower($b)
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower($b)))
MATCH path = shortestPath((x)-[:MET*..6]-(y))
WHERE all(r IN relationships(path) WHERE r.status = 'held')
  AND all(n IN nodes(path)[1..-1] WHERE n.type IN ['person', 'country', 'organization'])
UNWIND range(0, length(path) - 1) AS i
WITH x, y, i, nodes(path)[i] AS u, nodes(path)[i + 1] AS v
MATCH (u)-[r:MET]-(v)
WHERE r.status = 'held'
WITH x, y, i, u, v, r
ORDER BY r.date, r.meeting_id
WITH x, y, i, u, v, collect(r)[0] AS first, count(r) AS meetings
RETURN i + 1 AS step,
       u.name AS actor,
       v.name AS met,
       first.date AS date,
       first.place AS place,
       first.kind AS kind,
       meetings,
       first.meeting_id AS meeting_id
ORDER BY x.name, y.name, step
