// name: relabel-meetings
// description: Label, as label-meetings does, up to $limit meetings that lack the label $labels maps their status to: a graph written before meetings had status labels gets them. Returns how many meetings it labelled.
// params: labels, limit
MATCH (m:Meeting)
WHERE NOT $labels[m.status] IN labels(m)
WITH m, $labels[m.status] AS label
LIMIT toInteger($limit)
REMOVE m:$([l IN keys($labels) WHERE $labels[l] <> label | $labels[l]])
SET m:$(label)
RETURN count(*) AS labelled
