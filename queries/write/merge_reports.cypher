// name: merge-reports
// description: Link articles to the meetings they report, one relationship per evidence sentence keyed by (article, meeting, start), from rows {article, meeting, sentence, start, end}.
// params: rows
UNWIND $rows AS row
MATCH (art:Article {id: row.article})
MATCH (m:Meeting {id: row.meeting})
MERGE (art)-[r:REPORTS {start: row.start}]->(m)
SET r.sentence = row.sentence,
    r.end = row.end
