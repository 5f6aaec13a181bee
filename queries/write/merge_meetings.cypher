// name: merge-meetings
// description: Create or update Meeting nodes, one per row {id, pkey, ids, kind, status, date, date_precision, date_text, confidence, first_day, lo, hi}: pkey identifies the participants, ids are the record ids (graphify.MeetingID) of all its reports, lo and hi bound the days its reports allow (YYYY-MM-DD, null when none has a date); the other properties are settled from all the meeting's reports.
// params: rows
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.pkey = row.pkey,
    m.ids = row.ids,
    m.kind = row.kind,
    m.status = row.status,
    m.date = row.date,
    m.date_precision = row.date_precision,
    m.date_text = row.date_text,
    m.confidence = row.confidence,
    m.first_day = row.first_day,
    m.lo = row.lo,
    m.hi = row.hi
