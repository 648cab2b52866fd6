package kubernetes

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/moatscan/moat/internal/yamltext"

	"github.com/moatscan/moat/graph"
	"sigs.k8s.io/kustomize/kyaml/yaml"
)

// decode parses one document into a yaml.v3 node tree. yaml.v3 reports
// its own errors as values but lets runtime panics through; those become
// errors too, so that no input can stop a scan.
func decode(src []byte) (doc yaml.Node, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("yaml: parser failure: %v", v)
		}
	}()
	err = yaml.Unmarshal(src, &doc)
	return doc, err
}

// byteReader hands yaml.v3 one byte per read and counts them, which tells
// how far the parser got before it failed.
type byteReader struct {
	src []byte
	n   int
}

func (r *byteReader) Read(p []byte) (int, error) {
	if r.n >= len(r.src) {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.src[r.n]
	r.n++
	return 1, nil
}

// reach parses src again, one byte at a time, and returns how many bytes
// yaml.v3 read before it stopped.
func reach(src []byte) (n int) {
	r := &byteReader{src: src}
	defer func() {
		if recover() != nil {
			n = r.n
		}
	}()
	var doc yaml.Node
	_ = yaml.NewDecoder(r).Decode(&doc)
	return r.n
}

// syntaxDiag reports a document yaml.v3 could not parse, on the line
// where it goes wrong (see faultLine).
func (p *parser) syntaxDiag(ch chunk, err error) {
	msg, line := splitMessage(err.Error())
	subject, exact := p.unknownAlias(ch, msg)
	if !exact {
		subject = p.t.Span(p.file, p.faultLine(ch, msg, line))
	}
	if strings.Contains(msg, "exceeded max depth") {
		p.diags = p.diags.Errorf(graph.CodeYAMLLimit, subject, "nesting too deep",
			"yaml: %s; the document is not checked: flatten it", msg)
		return
	}
	detail := "yaml: %s; the document starting at line %d is not checked (the file's other documents are): fix the YAML"
	if bytes.Contains(p.t.Src[ch.start:ch.end], []byte("{{")) {
		detail += ", or render the template (for example with helm template) and scan the output"
	}
	p.diags = p.diags.Errorf(graph.CodeYAMLSyntax, subject, "invalid YAML", detail, msg, ch.line)
}

// faultLine picks the file line of a parse error. yaml.v3's message names
// at most a line, counted from the document's first line: for scanner
// errors the 1-based line of the fault or of the token it is in (a quoted
// scalar, a key); for parser errors the 0-based line of the enclosing
// block, often far from the fault. For those, the line the parser had
// read up to when it stopped is better, unless it read to the end: then
// the fault is an unclosed flow collection, where the message is right, or
// something on the last line.
func (p *parser) faultLine(ch chunk, msg string, line int) int {
	if !parserErrors[msg] {
		return ch.line + max(line, 1) - 1
	}
	src := p.t.Src[ch.start:ch.end]
	if n := reach(src); n < len(src) {
		return p.t.LineOf(ch.start + max(n-1, 0))
	}
	if strings.HasPrefix(msg, "did not find expected ',' or") {
		return ch.line + line
	}
	return p.lastLine(ch)
}

// parserErrors are the messages of yaml.v3's parser, as opposed to its
// scanner: these give 0-based lines.
var parserErrors = map[string]bool{
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"did not find expected node content":     true,
	"did not find expected '-' indicator":    true,
	"did not find expected key":              true,
	"did not find expected ',' or '}'":       true,
	"did not find expected ',' or ']'":       true,
	"found undefined tag handle":             true,
}

// lastLine returns the last line of a document that holds content.
func (p *parser) lastLine(ch chunk) int {
	last := ch.line
	for i := ch.line - 1; i < p.t.LineCount() && p.t.Starts[i] < ch.end; i++ {
		line := p.t.Src[p.t.Starts[i]:p.t.Ends[i]]
		if !isComment(line) && !isMarker(line, "---") && !isMarker(line, "...") {
			last = i + 1
		}
	}
	return last
}

// unknownAlias finds the alias an "unknown anchor" error is about, which
// yaml.v3 reports with no position at all.
func (p *parser) unknownAlias(ch chunk, msg string) (graph.Range, bool) {
	name, ok := strings.CutPrefix(msg, "unknown anchor '")
	name, ok2 := strings.CutSuffix(name, "' referenced")
	if !ok || !ok2 || name == "" {
		return graph.Range{}, false
	}
	src, token := p.t.Src[ch.start:ch.end], []byte("*"+name)
	for i := 0; i < len(src); {
		j := bytes.Index(src[i:], token)
		if j < 0 {
			break
		}
		end := i + j + len(token)
		if end == len(src) || isBlank(src[end]) || isFlow(src[end]) || yamltext.BreakLen(src, end) > 0 {
			start := p.t.At(ch.start + i + j)
			return graph.Range{Filename: p.file, Start: start, End: p.t.Advance(start, ch.start+end)}, true
		}
		i = end
	}
	return graph.Range{}, false
}

// splitMessage takes "yaml: line 3: did not find expected key" apart.
func splitMessage(s string) (msg string, line int) {
	s = strings.TrimPrefix(s, "yaml: ")
	if rest, ok := strings.CutPrefix(s, "line "); ok {
		if num, after, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				return after, n
			}
		}
	}
	return s, 0
}
