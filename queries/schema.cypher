// name: schema
// description: Constraints and indexes of the graphify graph. Statements are separated by ";" at the end of a line; each is idempotent (IF NOT EXISTS).
// params:
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_name IF NOT EXISTS FOR (n:Actor) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_name IF NOT EXISTS FOR (n:Country) REQUIRE n.name IS UNIQUE;
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_pkey IF NOT EXISTS FOR (n:Meeting) ON (n.pkey);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE POINT INDEX place_location IF NOT EXISTS FOR (n:Place) ON (n.location);
CREATE INDEX met_meeting_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.meeting_id);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases];
