package expr

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lexAll returns the tokens of src up to and including tokEOF, or the
// first error.
func lexAll(src string) ([]token, *Error) {
	l := newLexer(src)
	var out []token
	for {
		t, err := l.next()
		if err != nil {
			return out, err
		}
		out = append(out, t)
		if t.kind == tokEOF {
			return out, nil
		}
	}
}

func TestLex(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []token
	}{
		{"call", "[f(1)]", []token{
			{kind: tokIdent, start: 1, end: 2, str: "f"},
			{kind: tokLParen, start: 2, end: 3},
			{kind: tokInt, start: 3, end: 4, num: 1},
			{kind: tokRParen, start: 4, end: 5},
			{kind: tokEOF, start: 5, end: 6},
		}},
		{"escaped quote", "['it''s']", []token{
			{kind: tokString, start: 1, end: 8, str: "it's"},
			{kind: tokEOF, start: 8, end: 9},
		}},
		{"only quotes", "['''''']", []token{
			{kind: tokString, start: 1, end: 7, str: "''"},
			{kind: tokEOF, start: 7, end: 8},
		}},
		{"empty string", "['']", []token{
			{kind: tokString, start: 1, end: 3, str: ""},
			{kind: tokEOF, start: 3, end: 4},
		}},
		{"brackets in a string", "['[a]']", []token{
			{kind: tokString, start: 1, end: 6, str: "[a]"},
			{kind: tokEOF, start: 6, end: 7},
		}},
		{"negative int", "[-42]", []token{
			{kind: tokInt, start: 1, end: 4, num: -42},
			{kind: tokEOF, start: 4, end: 5},
		}},
		{"int limits", "[9223372036854775807 -9223372036854775808]", []token{
			{kind: tokInt, start: 1, end: 20, num: 9223372036854775807},
			{kind: tokInt, start: 21, end: 41, num: -9223372036854775808},
			{kind: tokEOF, start: 41, end: 42},
		}},
		{"whitespace and newlines", "[ \t\r\n a\n.\r\nb ]", []token{
			{kind: tokIdent, start: 6, end: 7, str: "a"},
			{kind: tokDot, start: 8, end: 9},
			{kind: tokIdent, start: 11, end: 12, str: "b"},
			{kind: tokEOF, start: 13, end: 14},
		}},
		{"unicode space", "[\u00a0a]", []token{
			{kind: tokIdent, start: 3, end: 4, str: "a"},
			{kind: tokEOF, start: 4, end: 5},
		}},
		{"punctuation", "[()[],.]", []token{
			{kind: tokLParen, start: 1, end: 2},
			{kind: tokRParen, start: 2, end: 3},
			{kind: tokLBrack, start: 3, end: 4},
			{kind: tokRBrack, start: 4, end: 5},
			{kind: tokComma, start: 5, end: 6},
			{kind: tokDot, start: 6, end: 7},
			{kind: tokEOF, start: 7, end: 8},
		}},
		{"identifiers", "[__bicep.f_1 é2]", []token{
			{kind: tokIdent, start: 1, end: 8, str: "__bicep"},
			{kind: tokDot, start: 8, end: 9},
			{kind: tokIdent, start: 9, end: 12, str: "f_1"},
			{kind: tokIdent, start: 13, end: 16, str: "é2"},
			{kind: tokEOF, start: 16, end: 17},
		}},
		{"empty", "[]", []token{{kind: tokEOF, start: 1, end: 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := lexAll(tt.src)
			if err != nil {
				t.Fatalf("lex %q: %v", tt.src, err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(token{})); diff != "" {
				t.Errorf("lex %q (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func TestLexErrors(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		start, end int
		msg        string
	}{
		{"unterminated string", "[f('abc)]", 3, 8, "the string is not closed: end it with ' (a quote inside a string is written '')"},
		{"escape at the end", "['a'']", 1, 5, "the string is not closed: end it with ' (a quote inside a string is written '')"},
		{"lone minus", "[f(-)]", 3, 4, "expected a digit after '-'"},
		{"minus and space", "[f(- 1)]", 3, 4, "expected a digit after '-'"},
		{"decimal", "[f(1.5)]", 3, 6, "decimal numbers are not part of the expression language: write json('1.5')"},
		{"out of range", "[f(9223372036854775808)]", 3, 22, "the integer 9223372036854775808 is out of range"},
		{"double quote", "[f(\"a\")]", 3, 4, "unexpected character '\"'"},
		{"operator", "[f(1+2)]", 4, 5, "unexpected character '+'"},
		{"multibyte", "[f(€)]", 3, 6, "unexpected character '€'"},
		{"invalid utf-8", "[f(\xff)]", 3, 4, "unexpected byte 0xff: the expression is not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lexAll(tt.src)
			if err == nil {
				t.Fatalf("lex %q: no error", tt.src)
			}
			got := [3]any{err.Start, err.End, err.Msg}
			want := [3]any{tt.start, tt.end, tt.msg}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("lex %q (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}
