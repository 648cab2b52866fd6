package syntax

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

// errorCases are broken sources with the diagnostics they must give, as
// line:col-line:col summary.
var errorCases = []struct {
	src  string
	want []string
}{
	{"var b = )", []string{"1:9-1:10 expected an expression"}},
	{"param = 1", []string{"1:7-1:8 expected the parameter name"}},
	{"var b = foo(\nvar c = 3", []string{"1:13-1:13 expected an expression"}},
	{"var b = {\n  x: 1\nvar c = 3", []string{"2:7-2:7 expected '}'"}},
	{"var b = [1, 2\nvar c = 3", []string{"1:14-1:14 expected ']'"}},
	{"@\nvar c = 3", []string{"1:2-1:2 expected an expression"}},
	{"foo bar", []string{"1:1-1:4 unknown declaration 'foo'"}},
	{"var b = 'abc", []string{"1:9-1:13 string not terminated before the end of the line"}},
	{"var b = 1 2", []string{"1:11-1:12 expected a new line after the declaration"}},
	{"resource x 'T' = {\n  name: 'a'\n  bad\n}", []string{"3:6-3:6 expected ':' after the property name"}},
	{"var b = (1 +\nvar c = 3", []string{"1:13-1:13 expected an expression"}},
	{"var b = '${x\nvar c = 3", []string{"1:9-1:13 string not terminated before the end of the line", "1:13-1:13 expected '}' to end the interpolation"}},
	{"var b = 99999999999999999999", []string{"1:9-1:29 integer out of range"}},
	{"var b = {\n  a: 1,,\n}", []string{"2:8-2:9 expected a property name"}},
	{"var b = [\n  1,,\n]", []string{"2:5-2:6 expected an expression"}},
	{"var b = concat(1,)", []string{"1:18-1:19 expected an argument after ','"}},
	{"var b = concat(1 2)", []string{"1:18-1:19 expected ',' or ')' after the argument"}},
	{"var b = { a 1 }", []string{"1:13-1:14 expected ':' after the property name"}},
	{"var b = a ? b", []string{"1:14-1:14 expected ':' in the conditional expression"}},
	{"var b = --1", []string{"1:10-1:11 expected an expression after '-'"}},
	{"resource r 'T' = [1]", []string{"1:19-1:20 expected 'for' after '['"}},
	{"resource r 'T' = [for x y: {}]", []string{"1:25-1:26 expected 'in' after the loop variables"}},
	{"resource r 'T' = if {}", []string{"1:21-1:22 expected '(' after if"}},
	{"var b = a.", []string{"1:11-1:11 expected a property or function name after '.'"}},
	{"var b = [for x in xs]", []string{"1:21-1:22 expected ':' after the loop's array"}},
	{"type t = ", []string{"1:9-1:9 expected a type"}},
	{"type t = {a string}", []string{"1:13-1:19 expected ':' after the property name"}},
	{"param p", []string{"1:8-1:8 expected a type"}},
	{"output o = 1", []string{"1:10-1:11 expected a type", "1:12-1:13 expected '='"}},
	{"import {a} 'x'", []string{"1:12-1:15 expected 'from' and the path"}},
	{"import * from 'x'", []string{"1:10-1:14 expected 'as' after '*'"}},
	{"func f string => 1", []string{"1:8-1:14 expected '(' after the function name"}},
	{"@secure\nparam p string", []string{"1:8-1:8 expected a function call after '@'"}},
	{"var b = 1 #x", []string{"1:11-1:12 unexpected character '#'"}},
	{"var b = a[1", []string{"1:12-1:12 expected ']' after the index"}},
	{"var ☕ = 1", []string{"1:5-1:6 unexpected character '☕'"}},
	{"var b = '\\q'", []string{"1:10-1:12 unknown escape sequence '\\q'"}},
	{"#disable-next-line\nvar b = 1", []string{"1:1-1:19 expected a diagnostic code after #disable-next-line"}},
	{"var x = {\n  a: 1\n}}\nvar c = 3", []string{"3:2-3:3 expected a new line after the declaration"}},
	{"targetScope 'x'", []string{"1:13-1:16 expected '='"}},
	{"using", []string{"1:6-1:6 expected the template path as a string"}},
	{"var b = x =>", []string{"1:13-1:13 expected an expression"}},
	{"type t = 'a${b}'", []string{"1:10-1:14 a type cannot be an interpolated string"}},
	{"var b = [for (x, ) in xs: x]", []string{"1:18-1:19 expected the loop's index name"}},
	{"var b = if (a) {}", []string{"1:16-1:17 expected a new line after the declaration"}},
	{"extension", []string{"1:10-1:10 expected the extension name or reference"}},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorCases {
		t.Run(tt.src, func(t *testing.T) {
			f := Parse("main.bicep", []byte(tt.src))
			var got []string
			for _, d := range f.Diags {
				if d.Code != graph.CodeBicepSyntax || d.Severity != graph.Error {
					t.Errorf("diagnostic %q is %s %s", d.Summary, d.Severity, d.Code)
				}
				got = append(got, fmt.Sprintf("%s %s", short(f, d.Subject.Start.Byte, d.Subject.End.Byte), d.Summary))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			checkSpans(t, f)
		})
	}
}

// TestRecovery puts each broken source between two good statements: both
// must survive, and the broken part must be reported.
func TestRecovery(t *testing.T) {
	for _, tt := range errorCases {
		t.Run(tt.src, func(t *testing.T) {
			src := "var first = 1\n" + tt.src + "\nvar last = 2\n"
			f := Parse("main.bicep", []byte(src))
			if len(f.Diags) == 0 {
				t.Error("no diagnostic")
			}
			if n := len(f.Stmts); n < 2 || name(f.Stmts[0]) != "first" || name(f.Stmts[n-1]) != "last" {
				t.Errorf("statements:\n%s", tree(f))
			}
			checkSpans(t, f)
		})
	}
}

func name(s Stmt) string {
	if v, ok := s.(*Var); ok {
		return v.Name.Name
	}
	return ""
}

func TestTooManyErrors(t *testing.T) {
	src := strings.Repeat("var = )\n", 500) + "var last = 1\n"
	f := Parse("main.bicep", []byte(src))
	if len(f.Diags) != maxDiags+1 {
		t.Fatalf("%d diagnostics, want %d", len(f.Diags), maxDiags+1)
	}
	note := f.Diags[maxDiags]
	if note.Severity != graph.Note || note.Code != graph.CodeBicepLimit || note.Subject.Start.Line != 101 {
		t.Errorf("last diagnostic: %v", note.Error())
	}
	if name(f.Stmts[len(f.Stmts)-1]) != "last" {
		t.Error("the statement after the errors is lost")
	}
}
