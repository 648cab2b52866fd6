package terraform

import (
	"path/filepath"
	"testing"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/internal/corpus"
)

// BenchmarkModuleTree evaluates a generated tree of 1,000 local modules
// with 20 resources each (20,000 resource instances) and reports files
// and resources per second.
func BenchmarkModuleTree(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.GenerateTerraform(dir, 10, 1000, 20); err != nil {
		b.Fatal(err)
	}
	files, ds := discover.Walk(nil, discover.Options{Root: dir})
	if len(ds) > 0 {
		b.Fatal(ds)
	}
	root, _ := filepath.Abs(dir)
	var nodes int
	b.ResetTimer()
	for b.Loop() {
		res := Parse(files, Options{Root: root})
		nodes = len(res.Nodes)
		if res.Diags.HasErrors() {
			b.Fatal(res.Diags)
		}
	}
	b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric(float64(nodes)*float64(b.N)/b.Elapsed().Seconds(), "resources/s")
	b.ReportMetric(float64(nodes), "resources")
}
