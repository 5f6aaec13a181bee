// name: merge-articles
// description: Create or update Article nodes, one per row {id, url, title, published}.
// params: rows
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url,
    a.title = row.title,
    a.published = row.published
