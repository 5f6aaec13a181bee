// name: merge-held-in
// description: Link meetings to where they were held, one per row {meeting, place}.
// params: rows
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (p:Place {id: row.place})
MERGE (m)-[:HELD_IN]->(p)
