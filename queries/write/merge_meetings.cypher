// name: merge-meetings
// description: Create or update Meeting nodes, one per row {id, pkey, ids, kind, status, date, date_precision, date_text, confidence, first_day}: pkey identifies the participants, ids are the record ids (graphify.MeetingID) of the reports that joined the meeting, added to the ones already there; the other properties are settled from all the meeting's reports, those in the graph and the new ones.
// params: rows
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.pkey = row.pkey,
    m.ids = COLLECT {
      UNWIND coalesce(m.ids, []) + row.ids AS id
      RETURN DISTINCT id ORDER BY id
    },
    m.kind = row.kind,
    m.status = row.status,
    m.date = row.date,
    m.date_precision = row.date_precision,
    m.date_text = row.date_text,
    m.confidence = row.confidence,
    m.first_day = row.first_day
