// name: co-attendees
// description: Who attended meetings together with an actor, most often first: in how many meetings of any status, how many of them were held, and the first and last dates. The actor is matched by canonical name or alias, ignoring case.
// params: name
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($name)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($name))
MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Actor)
WITH a, other,
     count(DISTINCT m) AS meetings,
     count(DISTINCT CASE WHEN m.status = 'held' THEN m END) AS held,
     min(m.date) AS first_date,
     max(m.date) AS last_date
RETURN a.name AS actor,
       other.name AS co_attendee,
       meetings,
       held,
       first_date,
       last_date
ORDER BY actor, meetings DESC, held DESC, co_attendee
