package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/moatscan/moat/internal/corpus"
)

// BenchmarkParse parses the largest language sample, and a file of real
// shape made of generated templates, reporting MB/s.
func BenchmarkParse(b *testing.B) {
	b.Run("stress", func(b *testing.B) {
		src, err := os.ReadFile(filepath.Join(corpusDir, "bicep-samples", "LargeTemplate_Stress_LF", "main.bicep"))
		if err != nil {
			b.Skip("corpus not found (set MOAT_SHARED)")
		}
		benchParse(b, src)
	})
	b.Run("generated", func(b *testing.B) {
		var sb strings.Builder
		for i := 0; sb.Len() < 1<<20; i++ {
			sb.WriteString(corpus.BicepTemplate(i))
			sb.WriteString("\n")
		}
		benchParse(b, []byte(sb.String()))
	})
}

func benchParse(b *testing.B, src []byte) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		f := Parse("main.bicep", src)
		if len(f.Stmts) == 0 {
			b.Fatal("no statements")
		}
	}
}

// TestLargeFile parses 5 MB in well under a second (the bound here is
// loose for slow machines; the benchmark gives the real speed).
func TestLargeFile(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 5<<20; i++ {
		sb.WriteString(corpus.BicepTemplate(i))
		sb.WriteString("\n")
	}
	src := []byte(sb.String())
	f := Parse("main.bicep", src)
	if len(f.Stmts) < 1000 {
		t.Errorf("%d statements", len(f.Stmts))
	}
	t.Logf("%d bytes, %d statements, %d diagnostics", len(src), len(f.Stmts), len(f.Diags))
}
