package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
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
	{"suppressed", suppressedReport},
	{"baseline", baselineReport},
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
	tests := []struct {
		name   string
		report func() *finding.Report
		opts   TextOptions
	}{
		{"levels-color", levelsReport, TextOptions{Color: true}},
		{"suppressed-shown", suppressedReport, TextOptions{ShowSuppressed: true}},
		{"baseline-shown", baselineReport, TextOptions{ShowSuppressed: true}},
		{"baseline-shown-color", baselineReport, TextOptions{ShowSuppressed: true, Color: true}},
		{"mixed-quiet", mixedReport, TextOptions{Quiet: true}},
		{"diagnostics-quiet", diagnosticsReport, TextOptions{Quiet: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.Source = readSource
			golden(t, tc.name+".txt", writeText(t, tc.report(), tc.opts))
		})
	}
}

func TestTextColor(t *testing.T) {
	tests := []struct {
		name   string
		report func() *finding.Report
		opts   TextOptions
	}{
		{"off", levelsReport, TextOptions{}},
		{"on", levelsReport, TextOptions{Color: true}},
		{"shown on", baselineReport, TextOptions{Color: true, ShowSuppressed: true}},
		{"quiet on", mixedReport, TextOptions{Color: true, Quiet: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.Source = readSource
			out := writeText(t, tc.report(), opts)
			if got := bytes.Contains(out, []byte("\x1b[")); got != opts.Color {
				t.Errorf("escape sequences present = %v, want %v", got, opts.Color)
			}
			opts.Color = false
			want := string(writeText(t, tc.report(), opts))
			if diff := cmp.Diff(want, stripANSI(string(out))); diff != "" {
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

// TestTextListed checks which findings are listed: the counted ones, and
// all of them with ShowSuppressed unless Quiet.
func TestTextListed(t *testing.T) {
	for _, tc := range reports {
		for _, opts := range []TextOptions{{}, {ShowSuppressed: true}, {Quiet: true}, {Quiet: true, ShowSuppressed: true}} {
			t.Run(fmt.Sprintf("%s %+v", tc.name, opts), func(t *testing.T) {
				r := tc.report()
				out := string(writeText(t, r, opts))
				for _, f := range r.Findings {
					line := fmt.Sprintf("%s: %s %s: %s", f.Location.Range, f.Level, f.RuleID, f.Message)
					want := f.Counted() || opts.ShowSuppressed && !opts.Quiet
					if got := strings.Contains(out, line); got != want {
						t.Errorf("%q listed = %v, want %v", line, got, want)
					}
				}
			})
		}
	}
}

func TestTextQuiet(t *testing.T) {
	hidden := suppressedReport()
	hidden.Findings = hidden.Findings[1:2] // the suppressed error only
	hidden.Findings[0].BaselineState = finding.Unchanged
	hidden.Diagnostics = graph.Diagnostics{{Severity: graph.Warning, Code: graph.CodeFileTooLarge, Summary: "large"}}
	tests := []struct {
		name   string
		report *finding.Report
		opts   TextOptions
		want   string
	}{
		{"empty", emptyReport(), TextOptions{Quiet: true}, ""},
		{"nil", nil, TextOptions{Quiet: true}, ""},
		{"nothing counted", hidden, TextOptions{Quiet: true}, ""},
		{"shown ignored", hidden, TextOptions{Quiet: true, ShowSuppressed: true}, ""},
		{"coverage left out", coverageReport(), TextOptions{Quiet: true}, ""},
		{"one finding", &finding.Report{Findings: []finding.Finding{{RuleID: "AZR-INF-001", Level: finding.Error, Message: "m",
			Location: finding.Location{Range: rangeIn("infra/main.tf", 3, 3, 3, 11)}}}}, TextOptions{Quiet: true, Source: readSource},
			"infra/main.tf:3:3: error AZR-INF-001: m\n 3 |   location = \"japaneast\"\n   |   ^^^^^^^^\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if tc.report != nil {
				tc.report.Sort()
			}
			if err := Text(&buf, tc.report, tc.opts); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, buf.String()); diff != "" {
				t.Errorf("quiet output (-want +got):\n%s", diff)
			}
		})
	}
}
