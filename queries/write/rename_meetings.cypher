// name: rename-meetings
// description: Give meetings a new id, one per row {from, to}, when an earlier report joins them. Their MET relationships go; merge-met writes them again under the new id.
// params: rows
UNWIND $rows AS row
MATCH (m:Meeting {id: row.from})
CALL (row) {
  MATCH ()-[met:MET {meeting_id: row.from}]->()
  DELETE met
}
SET m.id = row.to
