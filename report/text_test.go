package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
)

var update = flag.Bool("update", false, "rewrite golden files")

// reports are the test reports every writer has a golden file for.
var reports = []struct {
	name   string
	report func() *finding.Report
}{
	{"empty", emptyReport},
	{"levels", levelsReport},
	{"multibyte", multibyteReport},
	{"diagnostics", diagnosticsReport},
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func writeText(t *testing.T, r *finding.Report, opts TextOptions) []byte {
	t.Helper()
	r.Sort()
	var buf bytes.Buffer
	if err := Text(&buf, r, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTextGolden(t *testing.T) {
	for _, tc := range reports {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, tc.name+".txt", writeText(t, tc.report(), TextOptions{Source: readSource}))
		})
	}
	t.Run("color", func(t *testing.T) {
		golden(t, "levels-color.txt", writeText(t, levelsReport(), TextOptions{Color: true, Source: readSource}))
	})
}

func TestTextColor(t *testing.T) {
	tests := []struct {
		name  string
		color bool
	}{
		{"off", false},
		{"on", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := writeText(t, levelsReport(), TextOptions{Color: tc.color, Source: readSource})
			if got := bytes.Contains(out, []byte("\x1b[")); got != tc.color {
				t.Errorf("escape sequences present = %v, want %v", got, tc.color)
			}
			plain := stripANSI(string(out))
			want := string(writeText(t, levelsReport(), TextOptions{Source: readSource}))
			if diff := cmp.Diff(want, plain); diff != "" {
				t.Errorf("text without colour differs (-want +got):\n%s", diff)
			}
		})
	}
}

func stripANSI(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return b.String() + s
		}
		b.WriteString(s[:i])
		s = s[i+strings.IndexByte(s[i:], 'm')+1:]
	}
}

func TestTextNoSource(t *testing.T) {
	out := string(writeText(t, levelsReport(), TextOptions{}))
	if strings.Contains(out, " | ") {
		t.Errorf("snippets printed without a Source:\n%s", out)
	}
}

func TestTextSnippet(t *testing.T) {
	const file = "infra/推論.tf"
	tests := []struct {
		name string
		r    finding.Finding
		want string
	}{
		{"tab and wide", finding.Finding{Location: finding.Location{Range: rangeIn(file, 2, 8, 2, 15)}},
			" 2 |     モデル = \"推論-v1\"  # 日本語\n   |              ^^^^^^^^^\n"},
		{"last line", finding.Finding{Location: finding.Location{Range: rangeIn(file, 4, 1, 4, 2)}},
			" 4 | }\n   | ^\n"},
		{"end of file", finding.Finding{Location: finding.Location{Range: rangeIn(file, 4, 2, 4, 2)}},
			" 4 | }\n   |  ^\n"},
		{"unreadable", finding.Finding{Location: finding.Location{Range: rangeIn("infra/missing.tf", 1, 1, 1, 2)}}, ""},
		{"past end", finding.Finding{Location: finding.Location{Range: rangeIn(file, 9, 1, 9, 2)}}, ""},
		{"ends at line start", finding.Finding{Location: finding.Location{Range: rangeIn(file, 2, 2, 3, 1)}},
			" 2 |     モデル = \"推論-v1\"  # 日本語\n   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tw := &textWriter{opts: TextOptions{Source: readSource}, sources: map[string]*source{}}
			tw.snippet(tc.r.Location.Range, red)
			if diff := cmp.Diff(tc.want, tw.buf.String()); diff != "" {
				t.Errorf("snippet (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTextDeterministic(t *testing.T) {
	for _, tc := range reports {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.report()
			a := writeText(t, r, TextOptions{Color: true, Source: readSource})
			b := writeText(t, r, TextOptions{Color: true, Source: readSource})
			if !bytes.Equal(a, b) {
				t.Error("two writes of the same report differ")
			}
		})
	}
}

func TestNilReport(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, nil, TextOptions{}); err != nil || buf.String() != "0 errors, 0 warnings, 0 notes in 0 files\n" {
		t.Errorf("Text(nil) = %q, %v", buf.String(), err)
	}
	buf.Reset()
	if err := JSON(&buf, nil); err != nil || !strings.Contains(buf.String(), `"version": 1`) {
		t.Errorf("JSON(nil) = %q, %v", buf.String(), err)
	}
}
