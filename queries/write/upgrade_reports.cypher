// name: upgrade-reports
// description: Give the REPORTS of the meetings ids, when written before they carried the report's facts (graphify before meetings were joined across articles), their meeting's date, date text, status, kind, confidence and place.
// params: ids
UNWIND $ids AS id
MATCH (:Article)-[r:REPORTS]->(m:Meeting {id: id})
WHERE r.confidence IS NULL
SET r.date = m.date,
    r.date_text = m.date_text,
    r.status = m.status,
    r.kind = m.kind,
    r.confidence = m.confidence,
    r.place = head([(m)-[:HELD_IN]->(p:Place) | p.id])
