package bicep

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/moatscan/moat/discover"
)

// FuzzEvaluate evaluates an entry file that calls a module, both fuzzed:
// no input may crash the evaluator, and evaluating twice gives the same
// nodes.
func FuzzEvaluate(f *testing.F) {
	for _, dir := range []string{"basics", "modules", "errors"} {
		src, err := os.ReadFile(filepath.Join(fixtures, dir, "main.bicep"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src), "param name string\noutput id string = name\n")
	}
	f.Add("module m 'm.bicep' = [for i in range(0, 3): { name: 'm${i}', params: { name: 'x${i}' } }]\nresource r 'A.B/c@1' = { name: m[0].outputs.id }\n",
		"param name string\nresource v 'A.B/c@1' = { name: name }\noutput id string = v.id\n")
	f.Fuzz(func(t *testing.T, main, mod string) {
		files := []discover.File{
			{Path: "main.bicep", Format: discover.Bicep, Data: []byte(main)},
			{Path: "m.bicep", Format: discover.Bicep, Data: []byte(mod)},
		}
		a, b := Parse(files, Options{MaxInstances: 2000}), Parse(files, Options{MaxInstances: 2000})
		if !slices.Equal(ids(a), ids(b)) {
			t.Fatalf("two evaluations differ: %v and %v", ids(a), ids(b))
		}
	})
}

func ids(r Result) []string {
	out := make([]string, len(r.Nodes))
	for i, n := range r.Nodes {
		out[i] = n.ID
	}
	slices.Sort(out)
	return out
}
