// name: unkeyed-meetings
// description: Meetings written before meetings had a participants key (pkey), at most $limit: their id, date and participants' names, for graphify to key them.
// params: limit
MATCH (m:Meeting)
WHERE m.pkey IS NULL AND m.id IS NOT NULL
WITH m LIMIT toInteger($limit)
RETURN m.id AS id, m.date AS date, [(a:Actor)-[:ATTENDED]->(m) | a.name] AS names
