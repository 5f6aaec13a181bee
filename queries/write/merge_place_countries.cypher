// name: merge-place-countries
// description: Link places to their country, one per row {place, country}.
// params: rows
UNWIND $rows AS row
MATCH (p:Place {id: row.place})
MATCH (c:Country {name: row.country})
MERGE (p)-[:IN]->(c)
