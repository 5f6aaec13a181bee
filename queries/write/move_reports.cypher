// name: move-reports
// description: Move the reports of one record from one meeting to another, one per row {article, record, from, to}: each REPORTS relationship of the article and record to the meeting from is replaced by one to the meeting to, with the same properties.
// params: rows
UNWIND $rows AS row
MATCH (art:Article {id: row.article})-[r:REPORTS {record: row.record}]->(:Meeting {id: row.from})
MATCH (m:Meeting {id: row.to})
MERGE (art)-[n:REPORTS {start: r.start, record: row.record}]->(m)
SET n += properties(r)
DELETE r
