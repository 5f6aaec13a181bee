// name: merge-places
// description: Create or update Place nodes, one per row {id, name, country, lat, lon}; id is name + "|" + country. Coordinates, and the point location built from them, are only set when the row has them.
// params: rows
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name,
    p.country = row.country,
    p.lat = coalesce(row.lat, p.lat),
    p.lon = coalesce(row.lon, p.lon),
    p.location = CASE
      WHEN row.lat IS NULL OR row.lon IS NULL THEN p.location
      ELSE point({latitude: row.lat, longitude: row.lon})
    END
