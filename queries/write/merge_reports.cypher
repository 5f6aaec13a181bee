// name: merge-reports
// description: Link articles to the meetings they report, one relationship per evidence sentence keyed by (article, meeting, start), from rows {article, meeting, sentence, start, end, date, date_text, status, kind, confidence, place}. The relationship keeps what the article says of the meeting; place is the Place id or null.
// params: rows
UNWIND $rows AS row
MATCH (art:Article {id: row.article})
MATCH (m:Meeting {id: row.meeting})
MERGE (art)-[r:REPORTS {start: row.start}]->(m)
SET r.sentence = row.sentence,
    r.end = row.end,
    r.date = row.date,
    r.date_text = row.date_text,
    r.status = row.status,
    r.kind = row.kind,
    r.confidence = row.confidence,
    r.place = row.place
