// name: merge-meetings
// description: Create or update Meeting nodes, one per row {id, kind, status, date, date_precision, date_text, confidence}. The last report written sets kind, status and date; confidence keeps the highest value seen.
// params: rows
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.kind = row.kind,
    m.status = row.status,
    m.date = row.date,
    m.date_precision = row.date_precision,
    m.date_text = row.date_text,
    m.confidence = CASE
      WHEN m.confidence IS NULL OR row.confidence > m.confidence THEN row.confidence
      ELSE m.confidence
    END
