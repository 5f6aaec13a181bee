// name: merge-countries
// description: Create Country nodes, one per row {name}.
// params: rows
UNWIND $rows AS row
MERGE (:Country {name: row.name})
