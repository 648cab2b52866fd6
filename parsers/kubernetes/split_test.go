package kubernetes

import (
	"testing"

	"github.com/moatscan/moat/internal/yamltext"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // the documents' text
		line []int    // their first lines
	}{
		{"single", "a: 1\n", []string{"a: 1\n"}, []int{1}},
		{"markers", "a: 1\n---\nb: 2\n--- \nc: 3", []string{"a: 1\n", "---\nb: 2\n", "--- \nc: 3"}, []int{1, 2, 4}},
		{"leading marker", "---\na: 1\n", []string{"---\na: 1\n"}, []int{1}},
		{"document end", "a: 1\n...\nb: 2\n", []string{"a: 1\n...\n", "b: 2\n"}, []int{1, 3}},
		{"end then start", "a: 1\n...\n---\nb: 2\n", []string{"a: 1\n...\n", "---\nb: 2\n"}, []int{1, 3}},
		{"empty documents", "---\n---\n# only a comment\n---\na: 1\n---\n", []string{"---\na: 1\n"}, []int{4}},
		{"content on marker", "--- {a: 1}\n--- |\n  x\n", []string{"--- {a: 1}\n", "--- |\n  x\n"}, []int{1, 2}},
		{"directive", "a: 1\n---\n%YAML 1.2\n---\nb: 2\n", []string{"a: 1\n", "---\n%YAML 1.2\n---\nb: 2\n"}, []int{1, 2}},
		{"not a marker", "a: |\n  ---\n----\n---x\n", []string{"a: |\n  ---\n----\n---x\n"}, []int{1}},
		{"marker ends block scalar", "a: |\n  x\n---\nb: 1\n", []string{"a: |\n  x\n", "---\nb: 1\n"}, []int{1, 3}},
		{"crlf", "a: 1\r\n---\r\nb: 2\r\n", []string{"a: 1\r\n", "---\r\nb: 2\r\n"}, []int{1, 2}},
		{"bom", "\ufeff---\na: 1\n", []string{"---\na: 1\n"}, []int{1}},
		{"empty", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := yamltext.New([]byte(tt.src))
			var got []string
			var lines []int
			for _, c := range split(tx) {
				got = append(got, tt.src[c.start:c.end])
				lines = append(lines, c.line)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.line, lines); diff != "" {
				t.Errorf("first lines (-want +got):\n%s", diff)
			}
		})
	}
}
