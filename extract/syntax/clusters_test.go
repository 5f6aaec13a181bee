package syntax

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClusterCounter_Clusters(t *testing.T) {
	cfg := ClusterConfig{MinCount: 2, MaxWords: 100, Contexts: 20, Depth: 6, MinSize: 2, Iterations: 4}
	cluster := func() []WordCluster {
		c := NewClusterCounter()
		for _, name := range []string{"Kohl", "Bush", "Gorbachev", "Mitterrand", "Thatcher"} {
			for _, city := range []string{"Paris", "Moscow", "Bonn", "London"} {
				c.AddText(name + " met the minister in " + city + " on Monday.")
				c.AddWords(strings.Fields("The talks in " + city + " ended and " + name + " left ."))
			}
		}
		return c.Clusters(cfg)
	}
	got := cluster()
	if diff := cmp.Diff(got, cluster()); diff != "" {
		t.Fatalf("clusters differ from run to run:\n%s", diff)
	}
	path := map[string]string{}
	for _, c := range got {
		if strings.Trim(c.Path, "01") != "" || len(c.Path) > cfg.Depth {
			t.Errorf("%q has path %q", c.Word, c.Path)
		}
		path[c.Word] = c.Path
	}
	if path["paris"] == "" || path["paris"] != path["bonn"] || path["kohl"] != path["bush"] || path["kohl"] == path["paris"] {
		t.Errorf("paris %q bonn %q kohl %q bush %q", path["paris"], path["bonn"], path["kohl"], path["bush"])
	}
	var buf bytes.Buffer
	if err := WriteClusters(&buf, got); err != nil {
		t.Fatal(err)
	}
	back, err := ReadClusters(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, back); diff != "" {
		t.Errorf("read back differs:\n%s", diff)
	}
	if _, err := ReadClusters(strings.NewReader("01x\tword\t3\n")); err == nil {
		t.Error("a path that is not bits is read")
	}
}

func TestWord_setCluster(t *testing.T) {
	var w word
	w.setCluster(0b1_0110_1101_0011) // path 011011010011
	want := [4]uint64{0b1_0110, 0b1_0110_11, 0b1_0110_1101_00, 0b1_0110_1101_0011}
	if w.clus != want {
		t.Errorf("got %b, want %b", w.clus, want)
	}
}
