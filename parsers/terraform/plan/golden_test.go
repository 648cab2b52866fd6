package plan

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/golden"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

var update = flag.Bool("update", false, "rewrite golden files")

// inputs returns the fixture plans in testdata.
func inputs(t testing.TB) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join("testdata", "*.plan.json"))
	if err != nil || len(m) == 0 {
		t.Fatalf("no fixtures found: %v", err)
	}
	sort.Strings(m)
	return m
}

func TestGolden(t *testing.T) {
	for _, in := range inputs(t) {
		name := filepath.Base(in)
		t.Run(strings.TrimSuffix(name, ".plan.json"), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			res, diags := Read(name, src, ".")
			got := encode(t, render(res, diags))
			golden.Compare(t, strings.TrimSuffix(in, ".plan.json")+".golden.json", got, *update)
		})
	}
}

// goldenView is what a golden file shows of Read's result.
type goldenView struct {
	Resources   []goldenResource `json:"resources"`
	Diagnostics []golden.Diag    `json:"diagnostics"`
}

type goldenResource struct {
	Root     string           `json:"root"`
	Module   string           `json:"module,omitempty"`
	Address  string           `json:"address"`
	Mode     tfmodel.Mode     `json:"mode"`
	Type     string           `json:"type"`
	Name     string           `json:"name"`
	Attrs    map[string]any   `json:"attrs"`
	Unknown  []string         `json:"unknown,omitempty"`
	Refs     []goldenRef      `json:"refs,omitempty"`
	Provider tfmodel.Provider `json:"provider"`
	Origin   []string         `json:"origin"`
	Range    string           `json:"range"`
	Ranges   []golden.Range   `json:"ranges"`
}

type goldenRef struct {
	Path   string `json:"path"`
	Target string `json:"target"`
	Attr   string `json:"attr,omitempty"`
}

func render(res []tfmodel.Resource, diags graph.Diagnostics) goldenView {
	out := goldenView{Resources: []goldenResource{}, Diagnostics: []golden.Diag{}}
	for _, r := range res {
		g := goldenResource{Root: r.Root, Module: r.Module, Address: r.Address, Mode: r.Mode, Type: r.Type, Name: r.Name,
			Attrs: r.Attrs, Provider: r.Provider, Range: golden.Short(r.Range), Ranges: sortedRanges(r)}
		for _, u := range r.Unknown {
			g.Unknown = append(g.Unknown, u.String())
		}
		for _, ref := range r.Refs {
			g.Refs = append(g.Refs, goldenRef{ref.Path.String(), ref.Target, ref.Attr.String()})
		}
		for _, o := range r.Origin {
			g.Origin = append(g.Origin, o.Filename+":"+golden.Short(o))
		}
		out.Resources = append(out.Resources, g)
	}
	for _, d := range diags {
		out.Diagnostics = append(out.Diagnostics, golden.Diag{Severity: d.Severity.String(), Code: d.Code,
			Summary: d.Summary, Detail: d.Detail, Subject: golden.Short(d.Subject)})
	}
	return out
}

// sortedRanges lists a resource's ranges in source order, keys beside
// values.
func sortedRanges(r tfmodel.Resource) []golden.Range {
	paths := make([]string, 0, len(r.Ranges))
	for p := range r.Ranges {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool {
		a, b := r.Ranges[paths[i]], r.Ranges[paths[j]]
		if a.Start.Byte != b.Start.Byte {
			return a.Start.Byte < b.Start.Byte
		}
		return paths[i] < paths[j]
	})
	out := make([]golden.Range, len(paths))
	for i, p := range paths {
		out[i] = golden.Range{Path: p, Range: golden.Short(r.Ranges[p])}
		if k, ok := r.Keys[p]; ok {
			out[i].Key = golden.Short(k)
		}
	}
	return out
}

// encode writes v as golden files are written.
func encode(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
