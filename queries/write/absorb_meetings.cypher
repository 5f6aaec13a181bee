// name: absorb-meetings
// description: Join the meeting from into the meeting to, one per row {from, to}: its reports, participants and places move to the other node (folded as merge-attended folds them), its record ids join the other's ids, and the node is deleted with its MET relationships.
// params: rows
UNWIND $rows AS row
MATCH (old:Meeting {id: row.from})
MATCH (new:Meeting {id: row.to})
CALL (old, new) {
  MATCH (art:Article)-[r:REPORTS]->(old)
  MERGE (art)-[n:REPORTS {start: r.start}]->(new)
  SET n += properties(r)
  DELETE r
}
CALL (old, new) {
  MATCH (a:Actor)-[r:ATTENDED]->(old)
  MERGE (a)-[n:ATTENDED]->(new)
  WITH r, n,
       CASE r.role WHEN 'host' THEN 3 WHEN 'visitor' THEN 2 WHEN 'participant' THEN 1 ELSE 0 END AS moved,
       CASE n.role WHEN 'host' THEN 3 WHEN 'visitor' THEN 2 WHEN 'participant' THEN 1 ELSE 0 END AS kept
  SET n.role = CASE WHEN moved > kept OR (moved = kept AND r.role < n.role) THEN r.role ELSE n.role END,
      n.title = CASE WHEN n.title IS NULL OR r.title < n.title THEN coalesce(r.title, n.title) ELSE n.title END,
      n.mention = CASE WHEN n.mention IS NULL OR r.mention < n.mention THEN coalesce(r.mention, n.mention) ELSE n.mention END
  DELETE r
}
CALL (old, new) {
  MATCH (old)-[r:HELD_IN]->(p:Place)
  MERGE (new)-[:HELD_IN]->(p)
  DELETE r
}
CALL (row) {
  MATCH ()-[met:MET {meeting_id: row.from}]->()
  DELETE met
}
SET new.ids = COLLECT {
  UNWIND coalesce(new.ids, []) + coalesce(old.ids, []) AS id
  RETURN DISTINCT id ORDER BY id
}
DETACH DELETE old
