// name: merge-affiliations
// description: Link actors to the country they belong to, one per row {actor, country}.
// params: rows
UNWIND $rows AS row
MATCH (a:Actor {name: row.actor})
MATCH (c:Country {name: row.country})
MERGE (a)-[:AFFILIATED_WITH]->(c)
