package kubernetes

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtures is the folder of parser fixtures: inputs and their golden graphs.
const fixtures = "../../fixtures/parsers/kubernetes"

// inputs returns the fixture inputs (not the golden files).
func inputs(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, pattern := range []string{"*.yaml", "*.json"} {
		m, err := filepath.Glob(filepath.Join(fixtures, pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if !strings.HasSuffix(f, ".golden.json") {
				out = append(out, f)
			}
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		t.Fatal("no fixtures found")
	}
	return out
}

// goldenPath names the golden file of a fixture input.
func goldenPath(in string) string {
	return strings.TrimSuffix(strings.TrimSuffix(in, ".json"), ".yaml") + ".golden.json"
}

func TestGolden(t *testing.T) {
	seen := make(map[string]string)
	for _, in := range inputs(t) {
		name := filepath.Base(in)
		if other, dup := seen[goldenPath(in)]; dup {
			t.Fatalf("%s and %s would share a golden file; rename one", other, name)
		}
		seen[goldenPath(in)] = name
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			nodes, diags := Parse(name, src, Options{})
			got := renderGolden(t, nodes, diags)
			path := goldenPath(in)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("graph differs from %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// goldenNode is the part of a node a golden file shows; ranges are written
// as "line:col-line:col @byte-byte" to keep the files readable, and each
// value's range sits with the range of its key, when it has one.
type goldenNode struct {
	ID        string         `json:"id"`
	Type      string         `json:"type"`
	Name      string         `json:"name"`
	Namespace string         `json:"namespace,omitempty"`
	Attrs     map[string]any `json:"attrs"`
	Unknown   []string       `json:"unknown,omitempty"`
	Facts     map[string]any `json:"facts,omitempty"`
	Range     string         `json:"range"`
	Ranges    []goldenRange  `json:"ranges"`
}

type goldenRange struct {
	Path  string `json:"path"`
	Key   string `json:"key,omitempty"`
	Range string `json:"range"`
}

type goldenDiag struct {
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail"`
	Subject  string `json:"subject"`
}

func renderGolden(t *testing.T, nodes []*graph.Node, diags graph.Diagnostics) []byte {
	t.Helper()
	out := struct {
		Nodes       []goldenNode `json:"nodes"`
		Diagnostics []goldenDiag `json:"diagnostics"`
	}{Nodes: []goldenNode{}, Diagnostics: []goldenDiag{}}
	for _, n := range nodes {
		g := goldenNode{ID: n.ID, Type: n.Type, Name: n.Name, Namespace: n.Namespace,
			Attrs: n.Attrs, Facts: n.Facts, Range: short(n.Range), Ranges: sortedRanges(n)}
		for _, u := range n.Unknown {
			g.Unknown = append(g.Unknown, u.String())
		}
		out.Nodes = append(out.Nodes, g)
	}
	for _, d := range diags {
		out.Diagnostics = append(out.Diagnostics, goldenDiag{d.Severity.String(), d.Code, d.Summary, d.Detail, short(d.Subject)})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sortedRanges lists a node's ranges in source order. Every key has a
// value (TestKeys checks it), so the keys are listed with the values.
func sortedRanges(n *graph.Node) []goldenRange {
	paths := make([]string, 0, len(n.Ranges))
	for p := range n.Ranges {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool {
		a, b := n.Ranges[paths[i]], n.Ranges[paths[j]]
		if a.Start.Byte != b.Start.Byte {
			return a.Start.Byte < b.Start.Byte
		}
		return paths[i] < paths[j]
	})
	out := make([]goldenRange, len(paths))
	for i, p := range paths {
		out[i] = goldenRange{Path: p, Range: short(n.Ranges[p])}
		if k, ok := n.Keys[p]; ok {
			out[i].Key = short(k)
		}
	}
	return out
}

// short writes a range compactly: line:col-line:col @byte-byte.
func short(r graph.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d @%d-%d", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column, r.Start.Byte, r.End.Byte)
}
