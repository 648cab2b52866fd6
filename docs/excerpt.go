package docs

import (
	"regexp"
	"strings"
)

// wantMarker finds the expected-finding comments of rule fixtures.
var wantMarker = regexp.MustCompile(`(?:#|//)\s*want AZR-`)

// maxBlock is the most lines of one block an example shows.
const maxBlock = 40

// gap marks lines left out; a comment in HCL and YAML alike.
const gap = "# ...\n"

// excerptOf is what an example shows of a fixture file.
type excerptOf struct {
	text    string          // the blocks, "..." between them
	note    string          // ", excerpt" when lines were left out
	headers map[string]bool // the first lines of the blocks shown
}

// excerpt cuts a fixture file down to its top-level blocks (Terraform
// blocks, YAML documents) that hold a finding marker or, when headers is
// given, that start with one of those lines. A short file is shown whole.
func excerpt(src, lang string, headers map[string]bool) excerptOf {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	blocks := splitBlocks(lines, lang)
	var picked [][2]int
	out := excerptOf{headers: map[string]bool{}}
	for _, bl := range blocks {
		head := strings.TrimSpace(lines[bl[0]])
		keep := false
		for i := bl[0]; i < bl[1]; i++ {
			if (headers == nil && wantMarker.MatchString(lines[i])) || (headers != nil && i == bl[0] && headers[head]) {
				keep = true
			}
		}
		if keep {
			picked = append(picked, bl)
			out.headers[head] = true
		}
	}
	if len(lines) <= maxBlock || (len(picked) == 0 && headers == nil) {
		out.text = strings.Join(lines, "\n") + "\n"
		for _, bl := range blocks {
			out.headers[strings.TrimSpace(lines[bl[0]])] = true
		}
		return out
	}
	if len(picked) == 0 {
		return excerptOf{}
	}
	var b strings.Builder
	for i, bl := range picked {
		if i > 0 || bl[0] > 0 {
			b.WriteString(gap)
		}
		end := min(bl[1], bl[0]+maxBlock)
		b.WriteString(strings.Join(lines[bl[0]:end], "\n") + "\n")
		if end < bl[1] {
			b.WriteString(gap)
		}
	}
	if picked[len(picked)-1][1] < len(lines) {
		b.WriteString(gap)
	}
	out.text, out.note = b.String(), ", excerpt"
	return out
}

// splitBlocks returns the [start, end) line ranges of the top-level
// blocks, with the comment lines just above each: Terraform blocks end at
// a closing brace in the first column, YAML documents at "---".
func splitBlocks(lines []string, lang string) [][2]int {
	var out [][2]int
	start := -1
	for i, l := range lines {
		switch {
		case lang == "yaml" && strings.HasPrefix(l, "---"):
			if start >= 0 {
				out = append(out, [2]int{start, i})
			}
			start = -1
		case start < 0 && strings.TrimSpace(l) != "":
			start = i
		case lang != "yaml" && strings.HasPrefix(l, "}"):
			if start >= 0 {
				out = append(out, [2]int{start, i + 1})
			}
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(lines)})
	}
	return out
}
