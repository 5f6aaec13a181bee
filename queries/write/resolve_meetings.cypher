// name: resolve-meetings
// description: Bring meetings written by an older graphify up to date, one per row {id, lo, hi}: lo and hi bound the days its reports allow, and each of its reports gets the meeting's id as its record id and the meeting's participants as its own (an older graph kept them per meeting only).
// params: rows
UNWIND $rows AS row
MATCH (m:Meeting {id: row.id})
SET m.lo = row.lo, m.hi = row.hi
WITH m, [(a:Actor)-[at:ATTENDED]->(m) | [a.name, coalesce(a.type, ''), coalesce(at.role, ''), coalesce(at.title, ''), coalesce(at.mention, ''), coalesce(a.country, '')]] AS ps
CALL (m, ps) {
  MATCH (:Article)-[r:REPORTS]->(m)
  WHERE r.record IS NULL
  SET r.record = m.id,
      r.party_names = [p IN ps | p[0]],
      r.party_types = [p IN ps | p[1]],
      r.party_roles = [p IN ps | p[2]],
      r.party_titles = [p IN ps | p[3]],
      r.party_mentions = [p IN ps | p[4]],
      r.party_countries = [p IN ps | p[5]]
}
