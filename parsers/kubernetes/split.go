package kubernetes

import (
	"bytes"

	"github.com/moatscan/moat/internal/yamltext"
)

// chunk is one YAML document of a stream: the bytes src[start:end], whose
// first line is line number line of the file.
type chunk struct {
	start, end int
	line       int
	content    bool // holds something besides comments, directives and markers
}

// split cuts a stream into documents at the markers "---" and "..." written
// at the start of a line. yaml.v3's decoder gives up on a stream at its
// first error; parsing each document on its own lets every other document
// of a file still yield its objects. A marker at column 1 ends a document
// even inside a block or quoted scalar, so this cut matches YAML's own.
//
// Directive lines (%YAML, %TAG) belong to the document that follows them.
func split(t *yamltext.Text) []chunk {
	var out []chunk
	cur := chunk{start: t.Starts[0], line: 1}
	directive := false
	closeAt := func(end, nextLine int) {
		cur.end = end
		out = append(out, cur)
		cur = chunk{start: end, line: nextLine}
		directive = false
	}
	for i := range t.Starts {
		s, e := t.Starts[i], t.Ends[i]
		line := t.Src[s:e]
		switch {
		case isMarker(line, "---"):
			if i+1 > cur.line && (cur.content || !directive) {
				closeAt(s, i+1)
			}
			if !isComment(line[3:]) {
				cur.content = true
			}
		case isMarker(line, "..."):
			next := len(t.Src)
			if i+1 < len(t.Starts) {
				next = t.Starts[i+1]
			}
			closeAt(next, i+2)
		case len(line) > 0 && line[0] == '%':
			directive = true
		case !isComment(line):
			cur.content = true
		}
	}
	cur.end = len(t.Src)
	out = append(out, cur)

	docs := out[:0]
	for _, c := range out {
		if c.content {
			docs = append(docs, c)
		}
	}
	return docs
}

// isMarker reports whether a line is the document marker m, alone or
// followed by a blank.
func isMarker(line []byte, m string) bool {
	return bytes.HasPrefix(line, []byte(m)) && (len(line) == len(m) || isBlank(line[len(m)]))
}

// isComment reports whether a line (or the rest of one) is blank or a
// comment.
func isComment(line []byte) bool {
	line = bytes.TrimLeft(line, " \t")
	return len(line) == 0 || line[0] == '#'
}
