// name: merge-attended
// description: Link actors to the meetings they attended, one relationship per (actor, meeting), from rows {actor, meeting, role, title, mention}. When reports disagree, the higher role wins (host, then visitor, then participant) and the smaller title and mention, so the order of writing does not matter.
// params: rows
UNWIND $rows AS row
MATCH (a:Actor {name: row.actor})
MATCH (m:Meeting {id: row.meeting})
MERGE (a)-[r:ATTENDED]->(m)
WITH r, row,
     CASE row.role WHEN 'host' THEN 3 WHEN 'visitor' THEN 2 WHEN 'participant' THEN 1 ELSE 0 END AS new,
     CASE r.role WHEN 'host' THEN 3 WHEN 'visitor' THEN 2 WHEN 'participant' THEN 1 ELSE 0 END AS old
SET r.role = CASE WHEN new > old OR (new = old AND row.role < r.role) THEN row.role ELSE r.role END,
    r.title = CASE WHEN r.title IS NULL OR row.title < r.title THEN coalesce(row.title, r.title) ELSE r.title END,
    r.mention = CASE WHEN r.mention IS NULL OR row.mention < r.mention THEN coalesce(row.mention, r.mention) ELSE r.mention END
