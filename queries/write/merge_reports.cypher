// name: merge-reports
// description: Link articles to the meetings they report, one relationship per evidence sentence keyed by (article, meeting, start), from rows {article, meeting, record, sentence, start, end, date, date_text, status, kind, confidence, place, party_names, party_types, party_roles, party_titles, party_mentions, party_countries, rule}. The relationship keeps what the article says of the meeting: record is the id graphify extract gave the report, place the Place id or null, the party lists its participants (aligned), rule why it joined its meeting.
// params: rows
UNWIND $rows AS row
MATCH (art:Article {id: row.article})
MATCH (m:Meeting {id: row.meeting})
MERGE (art)-[r:REPORTS {start: row.start, record: row.record}]->(m)
SET r.sentence = row.sentence,
    r.end = row.end,
    r.date = row.date,
    r.date_text = row.date_text,
    r.status = row.status,
    r.kind = row.kind,
    r.confidence = row.confidence,
    r.place = row.place,
    r.party_names = row.party_names,
    r.party_types = row.party_types,
    r.party_roles = row.party_roles,
    r.party_titles = row.party_titles,
    r.party_mentions = row.party_mentions,
    r.party_countries = row.party_countries,
    r.rule = row.rule
