// name: merge-attended
// description: Link actors to the meetings they attended, one relationship per (actor, meeting), from rows {actor, meeting, role, title, mention}.
// params: rows
UNWIND $rows AS row
MATCH (a:Actor {name: row.actor})
MATCH (m:Meeting {id: row.meeting})
MERGE (a)-[r:ATTENDED]->(m)
SET r.role = row.role,
    r.title = row.title,
    r.mention = row.mention
