// name: key-meetings
// description: Set the participants key, record ids and first day of meetings written by an older graphify, one per row {id, pkey, first_day}.
// params: rows
UNWIND $rows AS row
MATCH (m:Meeting {id: row.id})
SET m.pkey = row.pkey,
    m.ids = coalesce(m.ids, [m.id]),
    m.first_day = coalesce(m.first_day, row.first_day)
