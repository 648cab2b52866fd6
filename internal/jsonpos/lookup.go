package jsonpos

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/moatscan/moat/graph"
)

// Field returns the last field named key, else the last whose key equals
// it case-insensitively (ARM reads property names so); nil when v is nil,
// not an object, or has neither.
func (v *Value) Field(key string) *Field {
	if v == nil || v.Kind != Object {
		return nil
	}
	for i := len(v.Fields) - 1; i >= 0; i-- {
		if v.Fields[i].Key == key {
			return &v.Fields[i]
		}
	}
	for i := len(v.Fields) - 1; i >= 0; i-- {
		if strings.EqualFold(v.Fields[i].Key, key) {
			return &v.Fields[i]
		}
	}
	return nil
}

// Lookup returns the value of Field(key), or nil.
func (v *Value) Lookup(key string) *Value {
	if f := v.Field(key); f != nil {
		return f.Value
	}
	return nil
}

// StringRange returns where the decoded bytes [start, end) of the String
// value v are written in src, the file v was parsed from: offsets are
// mapped through escapes, so that a place inside a string (an expression
// in an ARM template) gets its exact line, column and byte. An offset
// inside an escape maps to the escape's start; offsets out of range are
// clamped.
func StringRange(src []byte, v *Value, start, end int) graph.Range {
	if v == nil || v.Kind != String || v.Range.End.Byte > len(src) || v.Range.Start.Byte >= v.Range.End.Byte {
		if v == nil {
			return graph.Range{}
		}
		return v.Range
	}
	start = min(max(start, 0), len(v.Str))
	end = min(max(end, start), len(v.Str))
	r := graph.Range{Filename: v.Range.Filename}
	pos := graph.Pos{Line: v.Range.Start.Line, Column: v.Range.Start.Column + 1, Byte: v.Range.Start.Byte + 1}
	raw := src[:v.Range.End.Byte-1] // without the closing quote
	dec, started := 0, false
	for pos.Byte < len(raw) {
		n, size := stringStep(raw[pos.Byte:])
		if !started && start < dec+size {
			r.Start, started = pos, true
		}
		if end <= dec {
			break
		}
		switch c := raw[pos.Byte]; {
		case c == '\\':
			pos.Column += n
		case c == '\n' || c == '\r' && (pos.Byte+1 >= len(raw) || raw[pos.Byte+1] != '\n'):
			pos.Line, pos.Column = pos.Line+1, 1
		case c == '\r':
		default:
			pos.Column++
		}
		dec += size
		pos.Byte += n
	}
	if !started {
		r.Start = pos
	}
	r.End = pos
	return r
}

// stringStep reads one character or escape of a string literal's raw
// text: its length in the source and in the decoded text.
func stringStep(b []byte) (raw, decoded int) {
	if b[0] != '\\' {
		_, size := utf8.DecodeRune(b)
		return size, size
	}
	if len(b) < 2 {
		return 1, 1
	}
	if b[1] != 'u' || len(b) < 6 {
		return 2, 1
	}
	r, _ := hexValue(b[2:6])
	if utf16.IsSurrogate(r) && len(b) >= 12 && b[6] == '\\' && b[7] == 'u' {
		r2, _ := hexValue(b[8:12])
		if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
			return 12, utf8.RuneLen(dec)
		}
	}
	if utf16.IsSurrogate(r) {
		r = utf8.RuneError
	}
	return 6, utf8.RuneLen(r)
}
