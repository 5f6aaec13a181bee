// name: merge-actors
// description: Create or update Actor nodes, one per row {name, types, country, aliases}. types (every type the batch's reports give the actor) and aliases are added to the ones already stored (set unions), so re-running changes nothing; type is the most specific of all the types reports gave (country, then organization, person, group, role), whatever their order; country keeps its old value when the row has none.
// params: rows
UNWIND $rows AS row
MERGE (a:Actor {name: row.name})
WITH a, row, reduce(acc = coalesce(a.types, CASE WHEN a.type IS NULL THEN [] ELSE [a.type] END), t IN row.types |
       CASE WHEN t IN acc THEN acc ELSE acc + t END) AS types
SET a.types = types,
    a.type = coalesce(head([t IN ['country', 'organization', 'person', 'group', 'role'] WHERE t IN types]),
                      reduce(m = null, t IN types | CASE WHEN m IS NULL OR t < m THEN t ELSE m END)),
    a.country = coalesce(row.country, a.country),
    a.aliases = reduce(acc = coalesce(a.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
