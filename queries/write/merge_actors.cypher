// name: merge-actors
// description: Create or update Actor nodes, one per row {name, type, country, aliases}. Aliases are added to the ones already stored (a set union), so re-running changes nothing; type and country keep their old value when the row has none.
// params: rows
UNWIND $rows AS row
MERGE (a:Actor {name: row.name})
SET a.type = coalesce(row.type, a.type),
    a.country = coalesce(row.country, a.country),
    a.aliases = reduce(acc = coalesce(a.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
