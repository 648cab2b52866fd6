package sarif

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldens are the reports written to testdata/<name>.sarif; each golden
// file is also checked by the SARIF validator (validate_test.go).
var goldens = []struct {
	name   string
	report func() *finding.Report
}{
	{"empty", emptyReport},
	{"levels", levelsReport},
	{"multibyte", multibyteReport},
	{"diagnostics", diagnosticsReport},
	{"coverage", coverageReport},
	{"suppressed", suppressedReport},
	{"baseline", baselineReport},
}

func TestWriteGolden(t *testing.T) {
	for _, tc := range goldens {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.report()
			r.Sort()
			var buf bytes.Buffer
			if err := Write(&buf, r); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tc.name+".sarif")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", path, diff)
			}
		})
	}
}

func TestWriteDeterministic(t *testing.T) {
	for _, tc := range goldens {
		t.Run(tc.name, func(t *testing.T) {
			var a, b bytes.Buffer
			r := tc.report()
			r.Sort()
			if err := Write(&a, r); err != nil {
				t.Fatal(err)
			}
			if err := Write(&b, r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two writes of the same report differ")
			}
		})
	}
}

func TestWriteNil(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, nil); err != nil || !bytes.Contains(buf.Bytes(), []byte(`"results": []`)) {
		t.Errorf("Write(nil) = %q, %v", buf.String(), err)
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	if err := Write(failWriter{}, levelsReport()); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Write to a failing writer = %v, want the write error", err)
	}
}
