package discover

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkWalk walks a tree of 10,000 small manifests in 100 folders.
func BenchmarkWalk(b *testing.B) {
	const folders, perFolder = 100, 100
	root := b.TempDir()
	for i := range folders {
		dir := filepath.Join(root, fmt.Sprintf("app%03d", i))
		if err := os.Mkdir(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		for j := range perFolder {
			body := fmt.Sprintf("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-%d-%d\ndata:\n  a: b\n", i, j)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("cm%03d.yaml", j)), []byte(body), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		files, diags := Walk(nil, Options{Root: root})
		if len(files) != folders*perFolder || len(diags) != 0 {
			b.Fatalf("got %d files and %d diagnostics", len(files), len(diags))
		}
	}
	b.ReportMetric(float64(folders*perFolder*b.N)/b.Elapsed().Seconds(), "files/s")
}
