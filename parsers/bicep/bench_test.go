package bicep

import (
	"fmt"
	"sort"
	"testing"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/internal/corpus"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// benchFiles returns n generated entry files, 50 to a folder, each folder
// with the modules they call, and the .bicepparam file beside every other
// entry file, sorted by path as discovery returns them.
func benchFiles(n int) []discover.File {
	modules := corpus.BicepModules()
	rels := make([]string, 0, len(modules))
	for rel := range modules {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	var files []discover.File
	for i := range n {
		dir := fmt.Sprintf("b%03d", i/50)
		if i%50 == 0 {
			for _, rel := range rels {
				files = append(files, discover.File{Path: dir + "/" + rel, Format: discover.Bicep, Data: []byte(modules[rel])})
			}
		}
		base := fmt.Sprintf("%s/main%02d", dir, i%50)
		files = append(files, discover.File{Path: base + ".bicep", Format: discover.Bicep, Data: []byte(corpus.BicepTemplate(i))})
		if i%2 == 0 {
			files = append(files, discover.File{Path: base + ".bicepparam", Format: discover.BicepParams, Data: []byte(corpus.BicepParams(i))})
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files
}

// BenchmarkFiles evaluates 500 generated entry files of about twenty
// resources each, with for loops, lambdas, module calls whose outputs they
// read and a parameters file beside every other one; files/s counts entry
// files and is the number to watch.
func BenchmarkFiles(b *testing.B) {
	const n = 500
	files := benchFiles(n)
	b.ReportAllocs()
	for b.Loop() {
		res := Parse(files, Options{})
		if len(res.Nodes) == 0 {
			b.Fatal("no nodes")
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkParseOnly parses the same files as BenchmarkFiles, modules and
// parameters files included, without evaluating them; files/s counts
// entry files so that the two compare.
func BenchmarkParseOnly(b *testing.B) {
	const n = 500
	files := benchFiles(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			var sf *syntax.File
			if f.Format == discover.BicepParams {
				sf = syntax.ParseParams(f.Path, f.Data)
			} else {
				sf = syntax.Parse(f.Path, f.Data)
			}
			if len(sf.Diags) > 0 {
				b.Fatalf("%s: %v", f.Path, sf.Diags[0])
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "files/s")
}
