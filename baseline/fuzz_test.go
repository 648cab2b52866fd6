package baseline

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
)

// FuzzRead: Read never panics; it fails with one of its errors or gives a
// baseline of fingerprinted results, the same on every read, that Compare
// turns into as many absent findings when the scan has none. Seeds are
// the SARIF writer's golden files.
func FuzzRead(f *testing.F) {
	goldens, err := filepath.Glob(filepath.Join("..", "report", "sarif", "testdata", "*.sarif"))
	if err != nil || len(goldens) == 0 {
		f.Fatalf("no seeds: %v", err)
	}
	for _, name := range goldens {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(log(moatRun(`{"partialFingerprints": {"moat/v1": "a"}, "locations": [{"physicalLocation": {"artifactLocation": {"index": 9}}}]}`))))
	f.Add([]byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "moat"}}, "results": [{"properties": {"attribute": "a[\"b"}}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Read(bytes.NewReader(data), "fuzz.sarif")
		if err != nil {
			if !errors.Is(err, ErrNotJSON) && !errors.Is(err, ErrNotSARIF) && !errors.Is(err, ErrNoMoatRun) {
				t.Fatalf("Read error %v is none of the package's", err)
			}
			return
		}
		for i, res := range b.Results {
			if res.Fingerprint == "" {
				t.Errorf("result %d has no fingerprint", i)
			}
		}
		again, err := Read(bytes.NewReader(data), "fuzz.sarif")
		if err != nil || !cmp.Equal(b, again) {
			t.Fatalf("a second read differs: %v", err)
		}
		r := &finding.Report{}
		Compare(r, b)
		if len(r.Absent) != len(b.Results) {
			t.Errorf("%d absent findings for %d results", len(r.Absent), len(b.Results))
		}
	})
}
