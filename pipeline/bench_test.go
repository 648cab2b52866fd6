package pipeline

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/moatscan/moat/config"
	"github.com/moatscan/moat/internal/corpus"
	"github.com/moatscan/moat/policies"
	"github.com/moatscan/moat/report/sarif"
)

// BenchmarkScan10k scans a generated tree of 10,000 manifest files (about
// 17,000 objects) with every rule, and reports files per second and where
// the time goes, writing SARIF included.
func BenchmarkScan10k(b *testing.B) {
	dir := b.TempDir()
	const n = 10000
	if err := corpus.Generate(dir, n); err != nil {
		b.Fatal(err)
	}
	engine, err := policies.New(context.Background(), policies.Options{})
	if err != nil {
		b.Fatal(err)
	}
	cfg := config.Default()
	cfg.Profile.NetworkIsolated = true
	b.ResetTimer()
	var st Stats
	var write time.Duration
	for b.Loop() {
		rep, s, err := Run(context.Background(), Options{Root: dir, Config: cfg, Engine: engine})
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Findings) == 0 {
			b.Fatal("no findings")
		}
		t := time.Now()
		if err := sarif.Write(io.Discard, rep); err != nil {
			b.Fatal(err)
		}
		st, write = s, time.Since(t)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric(st.Discover.Seconds()*1000, "discover-ms")
	b.ReportMetric(st.Parse.Seconds()*1000, "parse-ms")
	b.ReportMetric(st.Link.Seconds()*1000, "link-ms")
	b.ReportMetric(st.Rego.Seconds()*1000, "rego-ms")
	b.ReportMetric(st.Locate.Seconds()*1000, "locate-ms")
	b.ReportMetric(write.Seconds()*1000, "sarif-ms")
}
