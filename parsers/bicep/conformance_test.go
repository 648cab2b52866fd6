package bicep

import (
	"cmp"
	"fmt"
	"io/fs"
	"os"

	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/golden"
	"github.com/moatscan/moat/parsers/arm"
)

// corpusDir holds the Bicep samples of the official compiler's test suite,
// each .bicep file with the template the compiler emitted from it, in the
// shared folder beside the repository (make test passes it as
// MOAT_SHARED).
var corpusDir = cmp.Or(os.Getenv("MOAT_SHARED"), "../../../shared") + "/corpus"

// TestConformance evaluates every valid sample and the template the
// compiler emitted from it, and compares them resource by resource: the
// same resources (node IDs, types, API versions and names), and every
// attribute value the template evaluation knows equal in the Bicep
// evaluation. Samples whose modules or loaded files are not in the corpus
// are counted apart. testdata/conformance.txt lists those that do not conform yet, with
// the first difference (go test -run TestConformance -update rewrites it).
// A sample that conformed and no longer does fails the test, as does one
// that conforms now and is still listed.
func TestConformance(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("corpus not present")
	}
	var lines []string
	pass, total, absent := 0, 0, 0
	for _, set := range []string{"bicep-samples", "bicep-samples-user"} {
		for _, dir := range sampleDirs(t, filepath.Join(corpusDir, set)) {
			name := filepath.ToSlash(strings.TrimPrefix(dir, corpusDir+string(filepath.Separator)))
			res := conform(t, dir)
			if res.absent {
				absent++
				if len(res.diffs) > 0 {
					lines = append(lines, fmt.Sprintf("%s: modules or files absent; outside them %d differences, first: %s", name, len(res.diffs), res.diffs[0]))
				} else {
					lines = append(lines, name+": modules or files absent; the resources outside them conform")
				}
				continue
			}
			total++
			if len(res.diffs) == 0 {
				pass++
				continue
			}
			lines = append(lines, fmt.Sprintf("%s: %d differences, first: %s", name, len(res.diffs), res.diffs[0]))
			if testing.Verbose() {
				for _, d := range res.diffs {
					t.Logf("%s: %s", name, d)
				}
			}
		}
	}
	t.Logf("conformance: %d of %d samples conform (%.1f%%); %d need files the corpus lacks", pass, total, 100*float64(pass)/float64(max(total, 1)), absent)
	golden.Compare(t, "testdata/conformance.txt", []byte(strings.Join(lines, "\n")+"\n"), *update)
}

// sampleDirs lists the folders holding a main.bicep.
func sampleDirs(t *testing.T, root string) []string {
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() == "main.bicep" {
			out = append(out, filepath.Dir(p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

type conformance struct {
	absent bool
	diffs  []string
}

// conform evaluates a sample folder's entry files and their compiled
// templates, and lists the differences.
func conform(t *testing.T, dir string) conformance {
	files, _ := discover.Walk(nil, discover.Options{Root: dir})
	var bicepFiles []discover.File
	for _, f := range files {
		if f.Format == discover.Bicep || f.Format == discover.BicepParams {
			bicepFiles = append(bicepFiles, f)
		}
	}
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, filepath.FromSlash(name))) }
	res := Parse(bicepFiles, Options{ReadFile: read})
	var out conformance
	for _, d := range res.Diags {
		if d.Code == graph.CodeBicepModule || strings.Contains(d.Summary, "cannot read") || strings.Contains(d.Summary, "imported from is not") {
			out.absent = true
		}
	}
	byRoot := map[string][]*graph.Node{}
	for _, n := range res.Nodes {
		root, _, _ := strings.Cut(n.ID, ":")
		byRoot[root] = append(byRoot[root], n)
	}
	for _, root := range entries(bicepFiles) {
		tpl := strings.TrimSuffix(root, ".bicep") + ".json"
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(tpl)))
		if err != nil {
			continue
		}
		want := arm.Parse([]discover.File{{Path: tpl, Format: discover.ARM, Data: data}}, arm.Options{})
		for _, p := range pair(want.Nodes, byRoot[root]) {
			if out.absent && chain(p[0].ID) != "" {
				continue // inside a module the corpus lacks
			}
			if p[1] == nil {
				out.diffs = append(out.diffs, fmt.Sprintf("%s: no resource %s (%s)", root, rest(p[0].ID), p[0].Type))
				continue
			}
			out.diffs = append(out.diffs, compareNodes(root+":"+rest(p[1].ID), p[0], p[1])...)
		}
	}
	slices.Sort(out.diffs)
	return out
}

// entries lists the files Parse evaluates as entry files.
func entries(files []discover.File) []string {
	p := &parser{files: map[string]*file{}}
	var order []*file
	for _, f := range files {
		nf := &file{path: f.Path, format: f.Format, data: f.Data}
		nf.parse()
		p.files[f.Path] = nf
		order = append(order, nf)
	}
	var out []string
	for _, u := range p.plan(order) {
		if !slices.Contains(out, u.root.path) {
			out = append(out, u.root.path)
		}
	}
	return out
}

// rest is a node ID without its entry file.
func rest(id string) string {
	_, r, _ := strings.Cut(id, ":")
	return r
}

// pair matches each node of the compiled template with a node of the
// Bicep evaluation: the one with its ID, else, for a name that is unknown
// (whose ID holds the expression, written differently in each language),
// the next unmatched one of the same type and module.
func pair(want, got []*graph.Node) [][2]*graph.Node {
	byID := map[string]*graph.Node{}
	for _, n := range got {
		byID[strings.ToLower(rest(n.ID))] = n
	}
	used := map[*graph.Node]bool{}
	out := make([][2]*graph.Node, len(want))
	for i, w := range want {
		if g := byID[strings.ToLower(rest(w.ID))]; g != nil && !used[g] {
			out[i] = [2]*graph.Node{w, g}
			used[g] = true
		}
	}
	for i, w := range want {
		if out[i][1] != nil {
			continue
		}
		out[i][0] = w
		for _, g := range got {
			if !used[g] && strings.EqualFold(g.Type, w.Type) && chain(g.ID) == chain(w.ID) {
				out[i][1] = g
				used[g] = true
				break
			}
		}
	}
	return out
}

// chain is the module part of a node ID, with the deployment names known
// only at deployment written as *.
func chain(id string) string {
	r := rest(id)
	i := strings.LastIndex(r[:max(0, strings.Index(r, "/"))], ">")
	if i < 0 {
		return ""
	}
	parts := strings.Split(r[:i], ">")
	for k, p := range parts {
		if strings.Contains(p, "[") {
			parts[k] = "*"
		}
	}
	return strings.ToLower(strings.Join(parts, ">"))
}

// compareNodes lists how got differs from want: type, API version, and
// every attribute want knows.
func compareNodes(id string, want, got *graph.Node) []string {
	var diffs []string
	if !strings.EqualFold(want.Type, got.Type) {
		diffs = append(diffs, fmt.Sprintf("%s: type %s, want %s", id, got.Type, want.Type))
	}
	if w, g := want.Facts["api_version"], got.Facts["api_version"]; w != g {
		diffs = append(diffs, fmt.Sprintf("%s: apiVersion %v, want %v", id, g, w))
	}
	walkKnown(want, nil, want.Attrs, func(p graph.Path, w any) {
		if want.Type == "Microsoft.Resources/deployments" && len(p) > 1 && p[0] == "properties" && p[1] != "parameters" {
			return // the inline template is the module's file, compared resource by resource
		}
		g, ok := lookup(got.Attrs, p)
		switch {
		case got.IsUnknown(p):
			diffs = append(diffs, fmt.Sprintf("%s: %s unknown, want %s", id, p, show(w)))
		case !ok:
			diffs = append(diffs, fmt.Sprintf("%s: %s missing, want %s", id, p, show(w)))
		case !equalValue(w, g):
			diffs = append(diffs, fmt.Sprintf("%s: %s = %s, want %s", id, p, show(g), show(w)))
		}
	})
	return diffs
}

// walkKnown calls fn for every scalar (and empty collection) of v that n
// does not list as unknown.
func walkKnown(n *graph.Node, p graph.Path, v any, fn func(graph.Path, any)) {
	if p != nil && n.IsUnknown(p) {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 && p != nil {
			fn(p, x)
		}
		for k, e := range x {
			walkKnown(n, p.Append(k), e, fn)
		}
	case []any:
		if len(x) == 0 {
			fn(p, x)
		}
		for i, e := range x {
			walkKnown(n, p.Append(i), e, fn)
		}
	default:
		fn(p, v)
	}
}

// lookup reads p in attrs, property names compared case-insensitively as
// ARM does.
func lookup(v any, p graph.Path) (any, bool) {
	for _, step := range p {
		switch x := v.(type) {
		case map[string]any:
			e, ok := x[step]
			if !ok {
				for k, kv := range x {
					if strings.EqualFold(k, step) {
						e, ok = kv, true
					}
				}
			}
			if !ok {
				return nil, false
			}
			v = e
		case []any:
			var i int
			if _, err := fmt.Sscan(step, &i); err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// equalValue compares attribute values; resource IDs compare
// case-insensitively, as Azure compares them (the compiler writes the
// types of its registry, the source may spell them otherwise).
func equalValue(a, b any) bool {
	if sa, ok := a.(string); ok {
		if sb, ok := b.(string); ok && strings.HasPrefix(sa, "/") {
			return strings.EqualFold(sa, sb)
		}
	}
	if fa, ok := a.(float64); ok {
		if ib, ok := b.(int64); ok {
			return fa == float64(ib)
		}
	}
	if ia, ok := a.(int64); ok {
		if fb, ok := b.(float64); ok {
			return float64(ia) == fb
		}
	}
	return reflect.DeepEqual(a, b)
}

func show(v any) string {
	s := fmt.Sprintf("%#v", v)
	if len(s) > 160 {
		s = s[:157] + "..."
	}
	return s
}
