package syntax

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lexText renders the tokens of src as kind:text, without the final EOF.
func lexText(src string) (string, []string) {
	var diags []string
	toks := lex([]byte(src), func(_ string, s Span, summary, _ string) {
		diags = append(diags, summary+" "+src[s.Start:s.End])
	})
	var out []string
	for _, t := range toks[:len(toks)-1] {
		text := src[t.start:t.end]
		switch t.kind {
		case tNewline:
			text = "NL"
		case tBad:
			text = "BAD:" + text
		}
		if t.open {
			text += "(open)"
		}
		out = append(out, text)
	}
	return strings.Join(out, " "), diags
}

func TestLex(t *testing.T) {
	tests := []struct {
		name, src, want string
		diags           []string
	}{
		{name: "declaration", src: "param x int = 42", want: "param x int = 42"},
		{name: "operators", src: "a.?b!=c??d&&e||!f=~g!~h<=i>=j::k...l=>m", want: "a . ? b != c ?? d && e || ! f =~ g !~ h <= i >= j :: k ... l => m"},
		{name: "index forms", src: "a[?^0]", want: "a [ ? ^ 0 ]"},
		{name: "identifiers", src: "_a1 B_2 resourceInput", want: "_a1 B_2 resourceInput"},
		{name: "newlines collapse", src: "a\n\n  // c\r\n\r\n/* d */\nb", want: "a NL b"},
		{name: "crlf", src: "a\r\nb\rc", want: "a NL b NL c"},
		{name: "block comment spanning lines", src: "a /*\n\n*/ b", want: "a b"},
		{name: "bom", src: "\uFEFFvar", want: "var"},
		{name: "string", src: `'a\'b\\c\${d}'`, want: `'a\'b\\c\${d}'`},
		{name: "interpolation", src: "'a${b}c${'d${e}'}f'", want: "'a${ b }c${ 'd${ e }' }f'"},
		{name: "braces in interpolation", src: "'${ {a: 1}.a }'", want: "'${ { a : 1 } . a }'"},
		{name: "multi-line", src: "'''\nx 'y' ${z}\n'''", want: "'''\nx 'y' ${z}\n'''"},
		{name: "multi-line extra quotes", src: "''''a'''' b", want: "''''a'''' b"},
		{name: "multi-line empty", src: "'''''' x", want: "'''''' x"},
		{name: "multi-line interpolated", src: "$'''a${b}c'''", want: "$'''a${ b }c'''"},
		{name: "multi-line two dollars", src: "$$'''${a}$${b}'''", want: "$$'''${a}$${ b }'''"},
		{name: "directive", src: "#disable-next-line BCP037 /* x */\nvar", want: "NL var"},
		{name: "directive after spaces", src: "  #restore-diagnostics no-unused-vars\nx", want: "NL x"},
		{
			name: "directive after a token", src: "a #disable-next-line x", want: "a BAD:# disable - next - line x",
			diags: []string{"unexpected character '#' #"},
		},
		{
			name: "unknown directive", src: "#madeup", want: "BAD:# madeup",
			diags: []string{"unexpected character '#' #"},
		},
		{
			name: "directive without codes", src: "#disable-next-line /* x */", want: "",
			diags: []string{"expected a diagnostic code after #disable-next-line #disable-next-line"},
		},
		{
			name: "unknown characters", src: "a & ☕ $", want: "a BAD:& BAD:☕ BAD:$",
			diags: []string{"unexpected character '&' &", "unexpected character '☕' ☕", "unexpected character '$' $"},
		},
		{
			name: "unterminated string", src: "'abc\nx", want: "'abc(open) NL x",
			diags: []string{"string not terminated before the end of the line 'abc"},
		},
		{
			name: "string ends at a line break in an interpolation", src: "'a${b\nc", want: "'a${ b NL c",
			diags: []string{"string not terminated before the end of the line 'a${b"},
		},
		{
			name: "unterminated multi-line", src: "'''abc", want: "'''abc(open)",
			diags: []string{"multi-line string not terminated '''abc"},
		},
		{
			name: "unterminated comment", src: "a /* b", want: "a",
			diags: []string{"comment not terminated /* b"},
		},
		{
			name: "bad escapes", src: `'\e\u{110000}\u{}\`, want: `'\e\u{110000}\u{}\(open)`,
			diags: []string{`unknown escape sequence '\e' \e`, `unknown escape sequence '\u' \u`, `unknown escape sequence '\u' \u`, `incomplete escape sequence \`, `string not terminated before the end of the line '\e\u{110000}\u{}\`},
		},
		{
			name: "interpolation left open", src: "'${a", want: "'${ a",
			diags: []string{"string interpolation not closed '${a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, diags := lexText(tt.src)
			if got != tt.want {
				t.Errorf("tokens:\n got %s\nwant %s", got, tt.want)
			}
			if diff := cmp.Diff(tt.diags, diags); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnescape(t *testing.T) {
	tests := []struct{ in, want string }{
		{`plain`, "plain"},
		{`a\nb\rc\td\\e\'f\$g`, "a\nb\rc\td\\e'f$g"},
		{`\u{20}\u{1F600}`, " 😀"},
		{`\u{D801}\u{DC37}`, "\U00010437"},
		{`\u{D801}`, "\uFFFD"},
		{`\e`, `\e`},
	}
	for _, tt := range tests {
		if got := unescape([]byte(tt.in)); got != tt.want {
			t.Errorf("unescape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
