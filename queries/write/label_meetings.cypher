// name: label-meetings
// description: Give each meeting that an article of the rows {id} reports the label that $labels maps its status to ({held: "Held", planned: "Planned", …}) and remove the other labels of $labels, so that the label follows the status settled from all the meeting's reports. Run after the meetings and their reports are written.
// params: rows, labels
UNWIND $rows AS row
MATCH (:Article {id: row.id})-[:REPORTS]->(m:Meeting)
WITH DISTINCT m
WITH m, $labels[m.status] AS label
REMOVE m:$([l IN keys($labels) WHERE $labels[l] <> coalesce(label, '') | $labels[l]])
SET m:$(CASE WHEN label IS NULL THEN [] ELSE [label] END)
