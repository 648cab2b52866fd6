package bicep

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtures holds one folder per case, each scanned as its own root, with
// the golden graph beside it.
const fixtures = "../../fixtures/parsers/bicep"

func TestGolden(t *testing.T) {
	entries, err := os.ReadDir(fixtures)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) {
			res := scan(t, filepath.Join(fixtures, e.Name()), Options{})
			g := golden.Render(res.Nodes, res.Edges, res.Diags, golden.Options{Files: true})
			g.Files = res.Files
			golden.Compare(t, filepath.Join(fixtures, e.Name()+".golden.json"), golden.JSON(t, g), *update)
		})
	}
	if n == 0 {
		t.Fatal("no fixtures found")
	}
}

// scan walks dir as the scan root and evaluates what it finds.
func scan(t testing.TB, dir string, opts Options) Result {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	files, ds := discover.Walk(nil, discover.Options{Root: abs})
	if len(ds) > 0 {
		t.Fatalf("walk: %v", ds)
	}
	if opts.ReadFile == nil {
		opts.ReadFile = func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(abs, filepath.FromSlash(name))) }
	}
	res := Parse(files, opts)
	sort.Slice(res.Nodes, func(i, j int) bool { return res.Nodes[i].ID < res.Nodes[j].ID })
	return res
}

// parseFiles evaluates in-memory files: name → content.
func parseFiles(t testing.TB, files map[string]string, opts Options) Result {
	t.Helper()
	var in []discover.File
	for name, src := range files {
		format := discover.ARMParams
		switch filepath.Ext(name) {
		case ".bicep":
			format = discover.Bicep
		case ".bicepparam":
			format = discover.BicepParams
		}
		in = append(in, discover.File{Path: name, Format: format, Data: []byte(src)})
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Path < in[j].Path })
	opts.ReadFile = func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, os.ErrNotExist
	}
	res := Parse(in, opts)
	sort.Slice(res.Nodes, func(i, j int) bool { return res.Nodes[i].ID < res.Nodes[j].ID })
	return res
}
