// name: clear-meetings
// description: Remove what is derived from the reports of the meetings ids (participants, places and MET relationships), to be written again from their reports.
// params: ids
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
CALL (id) {
  MATCH ()-[met:MET {meeting_id: id}]->()
  DELETE met
}
CALL (m) {
  MATCH (:Actor)-[r:ATTENDED]->(m)
  DELETE r
}
CALL (m) {
  MATCH (m)-[r:HELD_IN]->(:Place)
  DELETE r
}
