// Command browser serves graphify's Neo4j Browser guide and style sheet, so
// that Neo4j Browser can load them:
//
//	go run ./browser
//
// and then, in Neo4j Browser:
//
//	:style http://localhost:8001/graphify.grass
//	:guide http://localhost:8001/guide.html
//
// Neo4j Browser fetches both from the page, so the server must answer
// cross-origin requests (CORS, with a preflight for the guide), and the
// host must be in the server's browser.remote_content_hostname_whitelist,
// which holds localhost by default. See README.md.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

//go:embed guide.html graphify.grass
var files embed.FS

func main() {
	addr := flag.String("addr", "localhost:8001", "listen `address`; its host must be allowed by browser.remote_content_hostname_whitelist")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, *addr); err != nil {
		fmt.Fprintf(os.Stderr, "browser: %v\n", err)
		os.Exit(1)
	}
}

func serve(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	host, port, _ := net.SplitHostPort(addr)
	if host == "" || host == "127.0.0.1" || host == "::1" {
		host = "localhost" // the name the default allowlist holds
	}
	base := "http://" + net.JoinHostPort(host, port)
	fmt.Printf("Serving the graphify guide and style on %s (Ctrl-C stops). In Neo4j Browser, run:\n\n", base)
	fmt.Printf("  :style %s/graphify.grass\n  :guide %s/guide.html\n\n", base, base)
	srv := &http.Server{Handler: handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// handler serves the embedded files to any origin. Neo4j Browser sends its
// guide requests with no-cache headers, which makes the browser ask first
// with an OPTIONS preflight.
func handler() http.Handler {
	files := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Cache-Control", "no-cache")
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			if want := r.Header.Get("Access-Control-Request-Headers"); want != "" {
				h.Set("Access-Control-Allow-Headers", want)
			}
			// Chrome asks before a public page (browser.neo4j.io) reads localhost.
			if r.Header.Get("Access-Control-Request-Private-Network") == "true" {
				h.Set("Access-Control-Allow-Private-Network", "true")
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		files.ServeHTTP(w, r)
	})
}
