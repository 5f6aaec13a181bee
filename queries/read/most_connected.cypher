// name: most-connected
// description: The $limit named actors (people, countries, organisations; not groups such as "officials" or unnamed roles) who met the most others, counting held meetings only (a planned, cancelled or denied meeting is no connection): how many distinct actors each met, and in how many meetings. Ties go to more meetings, then to the name. $limit is a number, given as a string from the command line, 10 when left out.
// params: limit=10
MATCH (a:Actor)-[:ATTENDED]->(m:Meeting {status: 'held'})
WHERE a.type IN ['person', 'country', 'organization']
WITH a, count(DISTINCT m) AS meetings
RETURN a.name AS actor,
       a.type AS type,
       a.country AS country,
       COUNT { MATCH (a)-[r:MET]-(other:Actor) WHERE r.status = 'held' RETURN DISTINCT other } AS counterparts,
       meetings
ORDER BY counterparts DESC, meetings DESC, actor
LIMIT toInteger($limit)
