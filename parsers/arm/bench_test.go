package arm

import (
	"fmt"
	"testing"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/internal/corpus"
)

// BenchmarkTemplates evaluates 500 generated templates of about twenty
// resources each, with copy loops, references and a nested deployment;
// files/s is the number to watch.
func BenchmarkTemplates(b *testing.B) {
	const n = 500
	files := make([]discover.File, n)
	for i := range files {
		files[i] = discover.File{Path: fmt.Sprintf("t/azuredeploy%03d.json", i), Format: discover.ARM, Data: []byte(corpus.ARMTemplate(i))}
	}
	b.ReportAllocs()
	for b.Loop() {
		res := Parse(files, Options{})
		if len(res.Nodes) == 0 {
			b.Fatal("no nodes")
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "files/s")
}
