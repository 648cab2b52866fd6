package syntax

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

// TestSpans checks the exact span of every node of a representative set
// of sources, as the text each node covers: decorators belong to their
// declaration, trailing comments and line breaks to nothing.
func TestSpans(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"@description('d')\n@secure()\nparam p string = 'x' // trailing\n", []string{
			"Param @description('d')\n@secure()\nparam p string = 'x'",
			"Decorator @description('d')",
			"Call description('d')",
			"Ident description",
			"String 'd'",
			"Decorator @secure()",
			"Call secure()",
			"Ident secure",
			"Ident p",
			"TypeRef string",
			"String 'x'",
		}},
		{"resource r 'T@1' existing = {\n  name: 'r'\n  resource c 'c' = {}\n}\n", []string{
			"Resource resource r 'T@1' existing = {\n  name: 'r'\n  resource c 'c' = {}\n}",
			"Ident r",
			"String 'T@1'",
			"Object {\n  name: 'r'\n  resource c 'c' = {}\n}",
			"Property name: 'r'",
			"String 'r'",
			"Resource resource c 'c' = {}",
			"Ident c",
			"String 'c'",
			"Object {}",
		}},
		{"var v = a.b[0]!::c.f(1, 2) ? x => x : [for (i, j) in xs: if (i) {}]", []string{
			"Var var v = a.b[0]!::c.f(1, 2) ? x => x : [for (i, j) in xs: if (i) {}]",
			"Ident v",
			"Ternary a.b[0]!::c.f(1, 2) ? x => x : [for (i, j) in xs: if (i) {}]",
			"Call a.b[0]!::c.f(1, 2)",
			"Child a.b[0]!::c",
			"NonNull a.b[0]!",
			"Index a.b[0]",
			"Access a.b",
			"Ident a",
			"Ident b",
			"Int 0",
			"Ident c",
			"Ident f",
			"Int 1",
			"Int 2",
			"Lambda x => x",
			"LambdaParam x",
			"Ident x",
			"Ident x",
			"For [for (i, j) in xs: if (i) {}]",
			"Ident i",
			"Ident j",
			"Ident xs",
			"If if (i) {}",
			"Ident i",
			"Object {}",
		}},
		{"type t = {\n  @d()\n  a: string[]?\n}", []string{
			"TypeDecl type t = {\n  @d()\n  a: string[]?\n}",
			"Ident t",
			"TypeObject {\n  @d()\n  a: string[]?\n}",
			"TypeProperty @d()\n  a: string[]?",
			"Decorator @d()",
			"Call d()",
			"Ident d",
			"TypeNullable string[]?",
			"TypeArray string[]",
			"TypeRef string",
		}},
		{"var s = 'a${b}c' /* c */", []string{
			"Var var s = 'a${b}c'",
			"Ident s",
			"String 'a${b}c'",
			"Ident b",
		}},
		{"func f(a int) int => a", []string{
			"Func func f(a int) int => a",
			"Ident f",
			"Lambda (a int) int => a",
			"LambdaParam a int",
			"Ident a",
			"TypeRef int",
			"TypeRef int",
			"Ident a",
		}},
		{"import {a as b} from 'x'", []string{
			"Import import {a as b} from 'x'",
			"ImportSymbol a as b",
			"Ident a",
			"Ident b",
			"String 'x'",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			f := Parse("main.bicep", []byte(tt.src))
			if len(f.Diags) > 0 {
				t.Fatalf("diagnostics: %v", f.Diags)
			}
			var got []string
			f.Walk(func(n Node) bool {
				got = append(got, strings.TrimPrefix(reflect.TypeOf(n).String(), "*syntax.")+" "+f.Text(n))
				return true
			})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("nodes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStringPartSpans(t *testing.T) {
	tests := []struct {
		src   string
		parts []string // the source text of each part
	}{
		{`var s = 'a${b}c\n'`, []string{"a", `c\n`}},
		{`var s = '${b}${c}'`, []string{"", "", ""}},
		{"var s = '''\nx\n'''", []string{"x\n"}},
		{"var s = '''\r\nx'''", []string{"x"}},
		{"var s = $$'''a$${b}c'''", []string{"a", "c"}},
		{"var s = 'unterminated", []string{"unterminated"}},
	}
	for _, tt := range tests {
		f := Parse("main.bicep", []byte(tt.src))
		s := f.Stmts[0].(*Var).Value.(*String)
		var got []string
		for _, ps := range s.PartSpans {
			got = append(got, tt.src[ps.Start:ps.End])
		}
		if diff := cmp.Diff(tt.parts, got); diff != "" {
			t.Errorf("%q part spans (-want +got):\n%s", tt.src, diff)
		}
		if len(s.Parts) != len(s.Exprs)+1 || len(s.PartSpans) != len(s.Parts) {
			t.Errorf("%q: %d parts, %d spans, %d expressions", tt.src, len(s.Parts), len(s.PartSpans), len(s.Exprs))
		}
	}
}

func TestPos(t *testing.T) {
	// "é" is 2 bytes, "😀" 4: columns count code points.
	src := "ab\r\ncé😀d\n\rx"
	f := Parse("dir/main.bicep", []byte(src))
	tests := []struct {
		offset int
		want   graph.Pos
	}{
		{0, graph.Pos{Line: 1, Column: 1, Byte: 0}},
		{2, graph.Pos{Line: 1, Column: 3, Byte: 2}},   // \r
		{3, graph.Pos{Line: 1, Column: 4, Byte: 3}},   // \n of \r\n
		{4, graph.Pos{Line: 2, Column: 1, Byte: 4}},   // c
		{5, graph.Pos{Line: 2, Column: 2, Byte: 5}},   // é
		{7, graph.Pos{Line: 2, Column: 3, Byte: 7}},   // 😀
		{11, graph.Pos{Line: 2, Column: 4, Byte: 11}}, // d
		{13, graph.Pos{Line: 3, Column: 1, Byte: 13}}, // a lone \r ends line 3
		{14, graph.Pos{Line: 4, Column: 1, Byte: 14}}, // x
		{15, graph.Pos{Line: 4, Column: 2, Byte: 15}}, // the end
		{99, graph.Pos{Line: 4, Column: 2, Byte: 15}}, // clamped
		{-1, graph.Pos{Line: 1, Column: 1, Byte: 0}},  // clamped
	}
	for _, tt := range tests {
		if got := f.Pos(tt.offset); got != tt.want {
			t.Errorf("Pos(%d) = %+v, want %+v", tt.offset, got, tt.want)
		}
	}
	r := f.Range(Span{4, 12})
	want := graph.Range{Filename: "dir/main.bicep", Start: graph.Pos{Line: 2, Column: 1, Byte: 4}, End: graph.Pos{Line: 2, Column: 5, Byte: 12}}
	if r != want {
		t.Errorf("Range = %+v, want %+v", r, want)
	}
	if (&File{Src: []byte("a\nb")}).Pos(2).Line != 2 {
		t.Error("Pos of a File without line table")
	}
}

func TestCRLFSpans(t *testing.T) {
	src := "var a = {\r\n  b: 'é'\r\n}\r\nvar c = 1\r\n"
	f := Parse("main.bicep", []byte(src))
	if len(f.Diags) > 0 || len(f.Stmts) != 2 {
		t.Fatalf("%d statements, diagnostics %v", len(f.Stmts), f.Diags)
	}
	r := f.Range(f.Stmts[0].Bounds())
	if r.Start.Line != 1 || r.End.Line != 3 || r.End.Column != 2 {
		t.Errorf("first statement at %+v", r)
	}
	v := f.Stmts[0].(*Var).Value.(*Object).Props[0].Value
	if got := f.Range(v.Bounds()); got.Start.Line != 2 || got.Start.Column != 6 || got.End.Column != 9 {
		t.Errorf("'é' at %+v", got)
	}
	if got := f.Range(f.Stmts[1].Bounds()); got.Start.Line != 4 || got.End.Column != 10 {
		t.Errorf("second statement at %+v", got)
	}
}

// TestPosLongLines compares every column with a direct count, on lines
// long enough to span several of the blocks Pos counts code points by.
func TestPosLongLines(t *testing.T) {
	var sb strings.Builder
	for i := range 3000 {
		switch i % 7 {
		case 0:
			sb.WriteString("é")
		case 3:
			sb.WriteString("😀")
		case 5:
			if i%500 == 5 {
				sb.WriteString("\r\n")
			}
		default:
			sb.WriteByte('a')
		}
	}
	src := sb.String()
	f := Parse("main.bicep", []byte(src))
	line, start := 1, 0
	for off := 0; off <= len(src); off++ {
		if off > 0 && src[off-1] == '\n' {
			line, start = line+1, off
		}
		if off < len(src) && !utf8.RuneStart(src[off]) {
			continue
		}
		want := graph.Pos{Line: line, Column: 1 + utf8.RuneCountInString(src[start:off]), Byte: off}
		if src[start:off] != "" && src[off-1] == '\r' {
			continue // between \r and \n
		}
		if got := f.Pos(off); got != want {
			t.Fatalf("Pos(%d) = %+v, want %+v", off, got, want)
		}
	}
}
