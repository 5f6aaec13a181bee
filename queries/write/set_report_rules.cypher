// name: set-report-rules
// description: Record why each report is in its meeting, one per row {article, record, meeting, rule}: the rule of graphify's resolution that joined it (see graphify query why-joined).
// params: rows
UNWIND $rows AS row
MATCH (:Article {id: row.article})-[r:REPORTS {record: row.record}]->(:Meeting {id: row.meeting})
SET r.rule = row.rule
