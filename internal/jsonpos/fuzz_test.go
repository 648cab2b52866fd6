package jsonpos

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		``, `{}`, `[]`, `{"a": 1}`, `{"k\"": "a\u00e9\ud83d\ude00\nb"}`, `["é😀", 1]`,
		`[-0, 1.5e+3, 0.25, -12, 7E-2]`, `[[1,[2]],[],[[]]]`, "{\r\n  \"a\": [\r\n    true\r\n  ]\r\n}\r\n",
		"[\rfalse,\n\"x\"]", "\ufeff{\"a\":null}", "// head\n{ /* a\n é */ \"a\": 1 // tail\n}",
		`{"a":1,"a":2}`, `{"a":1,"A":2,}`, `[1,]`, `{"a": [1, 2,],}`, "\"a\nb\r\nc\rd\"", "{\"k\": \"[concat('a',\r\n 'b')]\"}", `"\ud83d\u0041"`, "\"a\xffb\"", `[1e999]`, `{"a" 1}`, `"\u12G4"`,
		`{"format_version":"1.2","planned_values":{"root_module":{"resources":[]}}}`,
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, arm bool) {
		opts := Options{Comments: arm, Trailing: arm, FoldCase: arm, Multiline: arm, MaxDepth: 64}
		v, diags := Parse("fuzz.json", src, opts)
		lines := newLines(src)
		for _, d := range diags {
			lines.check(t, d.Subject)
		}
		each(v, func(x *Value) {
			lines.check(t, x.Range)
			for _, f := range x.Fields {
				lines.check(t, f.KeyRange)
				if k := src[f.KeyRange.Start.Byte:f.KeyRange.End.Byte]; k[0] != '"' || k[len(k)-1] != '"' {
					t.Errorf("key range %s does not hold a quoted key: %q", short(f.KeyRange), k)
				}
			}
			if x.Kind != Array && x.Kind != Object {
				reparse(t, src, x, opts)
			}
			if x.Kind == String {
				inside(t, src, x)
			}
		})
		again, againDiags := Parse("fuzz.json", src, opts)
		if diff := cmp.Diff(v, again); diff != "" {
			t.Errorf("second parse differs (-first +second):\n%s", diff)
		}
		if diff := cmp.Diff(diags, againDiags); diff != "" {
			t.Errorf("second parse's diagnostics differ (-first +second):\n%s", diff)
		}
		if !arm {
			agree(t, src, v, diags)
		}
	})
}

// inside checks StringRange: the whole text is the inside of the quotes,
// and every offset lands inside it.
func inside(t *testing.T, src []byte, x *Value) {
	t.Helper()
	lines := newLines(src)
	r := StringRange(src, x, 0, len(x.Str))
	if r.Start.Byte != x.Range.Start.Byte+1 || r.End.Byte != x.Range.End.Byte-1 {
		t.Errorf("StringRange of %s is %s, not the inside of the quotes", short(x.Range), short(r))
	}
	for i := 0; i <= len(x.Str); i += max(1, len(x.Str)/7) {
		sub := StringRange(src, x, i, len(x.Str))
		lines.check(t, sub)
		if sub.Start.Byte < r.Start.Byte || sub.End.Byte > r.End.Byte {
			t.Errorf("StringRange(%d) = %s, outside %s", i, short(sub), short(r))
		}
	}
}

// reparse checks that the text of a scalar's range reads as the same value.
func reparse(t *testing.T, src []byte, x *Value, opts Options) {
	t.Helper()
	text := src[x.Range.Start.Byte:x.Range.End.Byte]
	y, diags := Parse("", text, Options{Multiline: opts.Multiline})
	if diags.HasErrors() {
		t.Errorf("range %s holds %q, which does not parse: %v", short(x.Range), text, diags)
		return
	}
	if diff := cmp.Diff(x.Interface(), y.Interface()); diff != "" {
		t.Errorf("range %s holds %q, another value (-value +text):\n%s", short(x.Range), text, diff)
	}
}

// agree checks Parse against encoding/json on the documents both read.
func agree(t *testing.T, src []byte, v *Value, diags graph.Diagnostics) {
	t.Helper()
	if !json.Valid(src) || !utf8.Valid(src) || bytes.HasPrefix(src, []byte(bom)) {
		return
	}
	for _, d := range diags {
		if d.Code == CodeLimit {
			return
		}
	}
	if diags.HasErrors() {
		t.Fatalf("encoding/json accepts %q, Parse does not: %v", src, diags)
	}
	var want any
	if err := json.Unmarshal(src, &want); err != nil {
		return // a number beyond float64
	}
	if diff := cmp.Diff(want, floats(v.Interface())); diff != "" {
		t.Errorf("Parse and encoding/json differ (-json +Parse):\n%s", diff)
	}
}

// floats turns int64s into float64s, as encoding/json decodes numbers.
func floats(x any) any {
	switch x := x.(type) {
	case int64:
		return float64(x)
	case []any:
		for i := range x {
			x[i] = floats(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = floats(x[k])
		}
	}
	return x
}

// lines computes positions independently of the parser, to check them.
type lines struct {
	src []byte
}

func newLines(src []byte) lines { return lines{src} }

// posAt is the position of byte offset off: lines break at LF, CRLF and
// CR; columns count code points after a leading BOM.
func (l lines) posAt(off int) graph.Pos {
	p := graph.Pos{Line: 1, Column: 1}
	i := 0
	if bytes.HasPrefix(l.src, []byte(bom)) {
		i = len(bom)
	}
	for i < off {
		c := l.src[i]
		switch {
		case c == '\n' || c == '\r' && (i+1 >= len(l.src) || l.src[i+1] != '\n'):
			p.Line, p.Column = p.Line+1, 1
			i++
		case c == '\r':
			i++
		default:
			_, size := utf8.DecodeRune(l.src[i:])
			i += size
			p.Column++
		}
	}
	p.Byte = off
	return p
}

// check reports a range outside the source, reversed, or whose lines and
// columns do not match its byte offsets.
func (l lines) check(t *testing.T, r graph.Range) {
	t.Helper()
	if r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(l.src) {
		t.Errorf("range %s outside the %d bytes of the source", short(r), len(l.src))
		return
	}
	if r.Start.Line > r.End.Line || r.Start.Line == r.End.Line && r.Start.Column > r.End.Column {
		t.Errorf("range %s ends before it starts", short(r))
	}
	if !utf8.Valid(l.src) {
		return
	}
	if got := l.posAt(r.Start.Byte); got != r.Start {
		t.Errorf("range %s starts at %+v by its offset", short(r), got)
	}
	if got := l.posAt(r.End.Byte); got != r.End && r.End.Byte > r.Start.Byte {
		t.Errorf("range %s ends at %+v by its offset", short(r), got)
	}
}
