package baseline

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// large is a scan with n findings spread over 100 files.
func large(n int) *finding.Report {
	r := &finding.Report{Rules: []finding.Rule{{ID: "AZR-ISO-004", Severity: finding.Error}}}
	for i := range n {
		r.Findings = append(r.Findings, find("AZR-ISO-004", fmt.Sprintf("azurerm_storage_account.s%d", i),
			graph.P("properties", "publicNetworkAccess"), fmt.Sprintf("storage account s%d is public", i),
			at(fmt.Sprintf("infra/m%02d.tf", i%100), 1+i/100, 3, 20)))
	}
	r.Sort()
	return r
}

func BenchmarkRead(b *testing.B) {
	data := write(b, large(10000))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data), "old.sarif"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompare(b *testing.B) {
	scan := large(10000)
	base := readBytes(b, write(b, scan))
	findings := scan.Findings[:9000]
	for b.Loop() {
		r := &finding.Report{Findings: append([]finding.Finding(nil), findings...)}
		Compare(r, base)
	}
}
