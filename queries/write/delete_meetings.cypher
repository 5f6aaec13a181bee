// name: delete-meetings
// description: Delete the meetings ids, whose reports have all moved to other meetings, with their MET relationships and every other relationship.
// params: ids
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
CALL (id) {
  MATCH ()-[met:MET {meeting_id: id}]->()
  DELETE met
}
DETACH DELETE m
