// name: relabel-actors
// description: Label, as label-actors does, up to $limit actors that lack the label $labels maps their type to: a graph written before actors had kind labels gets them. Returns how many actors it labelled.
// params: labels, limit
MATCH (a:Actor)
WHERE NOT $labels[a.type] IN labels(a)
WITH a, $labels[a.type] AS label
LIMIT toInteger($limit)
REMOVE a:$([l IN keys($labels) WHERE $labels[l] <> label | $labels[l]])
SET a:$(label)
RETURN count(*) AS labelled
