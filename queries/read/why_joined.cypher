// name: why-joined
// description: The reports of a meeting with the rule that joined each to it ("first report", "same day", "a day apart", "month holds the day", "no date: published around the day", …; "participants contained" when the report names a subset or superset of the meeting's parties), in date and article order, so that any join can be audited. The id may be the meeting's id or any id that graphify extract printed for one of its reports.
// params: id
MATCH (m:Meeting)
WHERE m.id = $id OR $id IN m.ids
MATCH (art:Article)-[r:REPORTS]->(m)
WITH m, art, r.record AS record, min(r.start) AS start, collect(r)[0] AS r
RETURN m.id AS meeting,
       record,
       art.id AS article,
       toString(date(art.published)) AS published,
       start,
       r.date AS reported_date,
       r.status AS reported_status,
       r.kind AS reported_kind,
       r.party_names AS participants,
       r.rule AS rule
ORDER BY coalesce(reported_date, published), article, start
