// name: label-actors
// description: Give each actor of the rows {name} the label that $labels maps its type to ({person: "Person", …}) and remove the other labels of $labels, so that the label follows a type that a later report changed. An actor whose type has no label keeps only :Actor. Run after merge-actors.
// params: rows, labels
UNWIND $rows AS row
MATCH (a:Actor {name: row.name})
WITH a, $labels[a.type] AS label
REMOVE a:$([l IN keys($labels) WHERE $labels[l] <> coalesce(label, '') | $labels[l]])
SET a:$(CASE WHEN label IS NULL THEN [] ELSE [label] END)
