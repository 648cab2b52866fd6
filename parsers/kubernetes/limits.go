package kubernetes

import (
	"unicode/utf8"

	"github.com/moatscan/moat/graph"
)

// Limits that keep hostile input cheap. yaml.v3 stops nesting at 10,000
// levels by itself and keeps aliases unexpanded in its node tree; the
// conversion to plain data is where aliases multiply, so it is budgeted.
const (
	defaultMaxBytes = 16 << 20 // Options.MaxBytes when zero
	maxDepth        = 500      // nesting levels of collections, aliases included
	maxValues       = 250_000  // values materialised per document, aliases expanded
	maxKeyBytes     = 64 << 20 // bytes of Ranges keys per document
)

// checkText returns the offset of the first byte of b that is not valid
// UTF-8 or is a character YAML does not allow (control characters other
// than tab and line breaks), and whether one was found that way.
func checkText(b []byte) (at int, bad, control bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
				return i, false, true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i, true, false
		}
		if !allowedRune(r) {
			return i, false, true
		}
		i += size
	}
	return -1, false, false
}

// allowedRune reports whether YAML allows a non-ASCII character.
func allowedRune(r rune) bool {
	return r == 0x85 || r >= 0xA0 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000
}

// encodingDiag reports the first byte of a document that is not text.
func (p *parser) encodingDiag(ch chunk) bool {
	i, bad, control := checkText(p.t.Src[ch.start:ch.end])
	if !bad && !control {
		return false
	}
	start := p.t.At(ch.start + i)
	r := graph.Range{Filename: p.file, Start: start, End: p.t.Advance(start, start.Byte+1)}
	if bad {
		p.diags = p.diags.Errorf(graph.CodeEncoding, r, "invalid UTF-8",
			"byte 0x%02X is not valid UTF-8, so the document is not checked; save the file as UTF-8", p.t.Src[start.Byte])
		return true
	}
	ru, _ := utf8.DecodeRune(p.t.Src[start.Byte:])
	p.diags = p.diags.Errorf(graph.CodeEncoding, r, "control character in YAML",
		"character U+%04X is not allowed in YAML, so the document is not checked; remove it or quote it as an escape", ru)
	return true
}
