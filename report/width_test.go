package report

import (
	"strings"
	"testing"
)

func TestLayOut(t *testing.T) {
	tests := []struct {
		name  string
		line  string
		cells []int
	}{
		{"ascii", "ab", []int{0, 1, 2}},
		{"tab stops", "a\tb\t", []int{0, 1, 4, 5, 8}},
		{"wide", "推a", []int{0, 2, 3}},
		{"combining", "e\u0301x", []int{0, 1, 1, 2}},
		{"bom", "\ufeffa", []int{0, 0, 1}},
		{"control", "a\x1b[31m", []int{0, 1, 2, 3, 4, 5, 6}},
		{"invalid", "a\xffb", []int{0, 1, 2, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := layOut(tc.line, 1000)
			if !equalInts(l.cells, tc.cells) {
				t.Errorf("cells = %v, want %v", l.cells, tc.cells)
			}
			if strings.ContainsRune(render(l, 0), '\x1b') {
				t.Error("an escape character reached the output")
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", `AKS cluster "aks"`, `AKS cluster "aks"`},
		{"breaks", "a\nb\tc\r\n", "a b c  "},
		{"escape", "a\x1b[2Jb", "a\uFFFD[2Jb"},
		{"bidi", "a\u202Eb", "a\uFFFDb"},
		{"invalid", "a\xffb", "a\uFFFDb"},
		{"japanese", "推論", "推論"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in); got != tc.want {
				t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestLongLine: a line wider than the terminal budget is cut around the
// range, with "…" on the cut sides, and the underline still under it.
func TestLongLine(t *testing.T) {
	line := strings.Repeat("x", 300) + "TARGET" + strings.Repeat("y", 300)
	tw := &textWriter{opts: TextOptions{Source: func(string) ([]byte, error) { return []byte(line), nil }}, sources: map[string]*source{}}
	tw.snippet(rangeOf("long.json", 1, 301, 1, 307), red)
	lines := strings.Split(strings.TrimSuffix(tw.buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), tw.buf.String())
	}
	code, under := []rune(lines[0]), []rune(lines[1])
	if len(code) > maxCells+10 || !strings.HasPrefix(lines[0], " 1 | …") || !strings.HasSuffix(lines[0], "…") {
		t.Errorf("line not cut on both sides:\n%s", lines[0])
	}
	at := indexRune(under, '^') // every cell here is one rune
	if got := string(code[at : at+6]); got != "TARGET" || strings.Count(lines[1], "^") != 6 {
		t.Errorf("underline is under %q, want TARGET:\n%s\n%s", got, lines[0], lines[1])
	}
}

func indexRune(rs []rune, r rune) int {
	for i, c := range rs {
		if c == r {
			return i
		}
	}
	return -1
}
