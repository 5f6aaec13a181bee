# Aliases only: the scripts are the real interface.
.PHONY: demo test neo4j neo4j-stop build bench model picture

demo:            ## start Neo4j if needed, import examples/, run a sample query
	scripts/demo

test:            ## gofmt, vet, tidy, and go test -race ./... against a real Neo4j
	scripts/test

neo4j:           ## start the local Neo4j (no Docker needed)
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

build:
	go build -o bin/graphify ./cmd/graphify

bench:           ## extractor benchmarks
	go test -run='^$$' -bench=. -benchmem ./extract/...

model:           ## retrain extract/syntax's tagger and parser on ../shared/train/ud-english-ewt
	go run ./cmd/trainsyntax -out extract/syntax/model.gz

picture:         ## browser/meeting-story.png, the README's picture, drawn by Neo4j Browser (needs chromium)
	scripts/picture
