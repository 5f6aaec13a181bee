// name: merge-met
// description: Link every pair of participants of a meeting, one relationship per (a, b, meeting id), directed from the lexicographically smaller name, from rows {a, b, meeting_id, date, place, kind, status}: the meeting's settled date, kind and status, and the name of its most reported place.
// params: rows
UNWIND $rows AS row
MATCH (a:Actor {name: row.a})
MATCH (b:Actor {name: row.b})
MERGE (a)-[r:MET {meeting_id: row.meeting_id}]->(b)
SET r.date = row.date,
    r.place = row.place,
    r.kind = row.kind,
    r.status = row.status
