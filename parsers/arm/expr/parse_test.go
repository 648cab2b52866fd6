package expr

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestIsExpression(t *testing.T) {
	tests := []struct {
		src     string
		isExpr  bool
		literal string
	}{
		{"[concat('a')]", true, "[concat('a')]"},
		{"[]", true, "[]"},
		{"[[test value]", false, "[test value]"},
		{"[[]", false, "[]"},
		{"[[x", false, "[[x"},
		{"[test] value", false, "[test] value"},
		{"plain", false, "plain"},
		{"[", false, "["},
		{"]", false, "]"},
		{"", false, ""},
		{" [f()]", false, " [f()]"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			if got := IsExpression(tt.src); got != tt.isExpr {
				t.Errorf("IsExpression(%q) = %v, want %v", tt.src, got, tt.isExpr)
			}
			if !tt.isExpr {
				if got := Literal(tt.src); got != tt.literal {
					t.Errorf("Literal(%q) = %q, want %q", tt.src, got, tt.literal)
				}
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want Node
	}{
		{"call without arguments", "[utcNow()]", &Call{Name: "utcNow", Start: 1, NameEnd: 7, End: 9}},
		{"literal arguments", "[f('a''b', -3, 7)]", &Call{Name: "f", Start: 1, NameEnd: 2, End: 17, Args: []Node{
			&String{Value: "a'b", Start: 3, End: 9},
			&Int{Value: -3, Start: 11, End: 13},
			&Int{Value: 7, Start: 15, End: 16},
		}}},
		{"nested calls", "[concat('st', uniqueString(resourceGroup().id))]", &Call{Name: "concat", Start: 1, NameEnd: 7, End: 47, Args: []Node{
			&String{Value: "st", Start: 8, End: 12},
			&Call{Name: "uniqueString", Start: 14, NameEnd: 26, End: 46, Args: []Node{
				&Member{Name: "id", Start: 27, NameStart: 43, End: 45,
					X: &Call{Name: "resourceGroup", Start: 27, NameEnd: 40, End: 42}},
			}},
		}}},
		{"chained access", "[f().a['b'][0].c]", &Member{Name: "c", Start: 1, NameStart: 15, End: 16,
			X: &Index{Start: 1, End: 14, Key: &Int{Value: 0, Start: 12, End: 13},
				X: &Index{Start: 1, End: 11, Key: &String{Value: "b", Start: 7, End: 10},
					X: &Member{Name: "a", Start: 1, NameStart: 5, End: 6,
						X: &Call{Name: "f", Start: 1, NameEnd: 2, End: 4}}}}}},
		{"index by a call", "[f()[g()]]", &Index{Start: 1, End: 9,
			X:   &Call{Name: "f", Start: 1, NameEnd: 2, End: 4},
			Key: &Call{Name: "g", Start: 5, NameEnd: 6, End: 8}}},
		{"namespace", "[contoso.uniqueName('x')]", &Call{Namespace: "contoso", Name: "uniqueName", Start: 1, NameEnd: 19, End: 24, Args: []Node{
			&String{Value: "x", Start: 20, End: 23},
		}}},
		{"namespace with access", "[ns.f().x]", &Member{Name: "x", Start: 1, NameStart: 8, End: 9,
			X: &Call{Namespace: "ns", Name: "f", Start: 1, NameEnd: 5, End: 7}}},
		{"whitespace and newlines", "[ \n concat (\r\n 'a' ,\t1 ) \n . x [ 0 ] ]", &Index{Start: 4, End: 36,
			Key: &Int{Value: 0, Start: 33, End: 34},
			X: &Member{Name: "x", Start: 4, NameStart: 29, End: 30,
				X: &Call{Name: "concat", Start: 4, NameEnd: 10, End: 24, Args: []Node{
					&String{Value: "a", Start: 15, End: 18},
					&Int{Value: 1, Start: 21, End: 22},
				}}}}},
		{"string with newline and brackets", "[f('a\n]b[')]", &Call{Name: "f", Start: 1, NameEnd: 2, End: 11, Args: []Node{
			&String{Value: "a\n]b[", Start: 3, End: 10},
		}}},
		{"true is a function", "[true()]", &Call{Name: "true", Start: 1, NameEnd: 5, End: 7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Parse(tt.src)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.src, err)
			}
			if diff := cmp.Diff(tt.want, e.Root); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.src, diff)
			}
			if e.Src != tt.src {
				t.Errorf("Src = %q, want %q", e.Src, tt.src)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		start, end int
		msg        string
	}{
		{"not an expression", "abc", 0, 3, `not an expression: an expression starts with '[' and ends with ']', and "[[" starts a literal string`},
		{"escaped literal", "[[abc]", 0, 6, `not an expression: an expression starts with '[' and ends with ']', and "[[" starts a literal string`},
		{"empty", "[ ]", 0, 3, "the expression is empty"},
		{"root string", "['a']", 1, 4, "expected a function call: an expression starts with one, as in parameters('name'), found the string 'a'"},
		{"root int", "[1]", 1, 2, "expected a function call: an expression starts with one, as in parameters('name'), found the number 1"},
		{"root punctuation", "[(f)]", 1, 2, "expected a function call: an expression starts with one, as in parameters('name'), found '('"},
		{"bare name", "[true]", 5, 6, "expected '(' after 'true': functions are called as true(), found the end of the expression"},
		{"bare name argument", "[f(a, 1)]", 4, 5, "expected '(' after 'a': functions are called as a(), found ','"},
		{"unclosed call", "[concat('a']", 1, 11, "expected ')' to close the call of concat"},
		{"unclosed nested call", "[f(g(1)]", 1, 7, "expected ')' to close the call of f"},
		{"missing comma", "[concat('a' 'b')]", 12, 15, "expected ',' or ')' after an argument of concat, found the string 'b'"},
		{"trailing comma", "[concat('a',)]", 12, 13, "expected an argument of concat: a function call, a 'string' or an integer, found ')'"},
		{"leading comma", "[concat(,'a')]", 8, 9, "expected an argument of concat: a function call, a 'string' or an integer, found ','"},
		{"open call at the end", "[concat(]", 8, 9, "expected an argument of concat: a function call, a 'string' or an integer, found the end of the expression"},
		{"access on a literal", "[f('a'.b)]", 6, 7, "expected ',' or ')' after an argument of f, found '.'"},
		{"missing property", "[f().]", 5, 6, "expected a property name after '.', found the end of the expression"},
		{"number property", "[f().0]", 5, 6, "expected a property name after '.', found the number 0"},
		{"unclosed index", "[f()[0]", 4, 6, "expected ']' to close the index"},
		{"empty index", "[f()[]]", 5, 6, "expected an index: a function call, a 'string' or an integer, found ']'"},
		{"index not closed before paren", "[g(f()[0)]", 8, 9, "expected ']' to close the index, found ')'"},
		{"namespace without name", "[ns.('a')]", 4, 5, "expected a function name after 'ns.', found '('"},
		{"namespace without call", "[ns.f]", 5, 6, "expected '(' after 'ns.f': functions are called as ns.f(), found the end of the expression"},
		{"namespace chain", "[a.b.c()]", 4, 5, "expected '(' after 'a.b': functions are called as a.b(), found '.'"},
		{"trailing tokens", "[f() g()]", 5, 6, "unexpected 'g' after the end of the expression"},
		{"trailing paren", "[f())]", 4, 5, "unexpected ')' after the end of the expression"},
		{"lexer error inside", "[f('x)]", 3, 6, "the string is not closed: end it with ' (a quote inside a string is written '')"},
		{"long string clipped", "[f(1 '" + strings.Repeat("x", 50) + "')]", 5, 57, "expected ',' or ')' after an argument of f, found the string '" + strings.Repeat("x", 39) + "…"},
		{"too long", "[f('" + strings.Repeat("x", maxLength) + "')]", 0, maxLength + 7, "the expression is 24583 characters long; ARM accepts at most 24576"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.src)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q) = %v, want an *Error", clip(tt.src), err)
			}
			got := [3]any{e.Start, e.End, e.Msg}
			want := [3]any{tt.start, tt.end, tt.msg}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", clip(tt.src), diff)
			}
			if e.Limit || e.Unsupported != "" {
				t.Errorf("Parse(%q): Limit %v, Unsupported %q; want neither", clip(tt.src), e.Limit, e.Unsupported)
			}
		})
	}
}

func TestParseDepth(t *testing.T) {
	nest := func(n int, open, close string) string {
		return "[" + strings.Repeat(open, n) + "1" + strings.Repeat(close, n) + "]"
	}
	tests := []struct {
		name  string
		src   string
		limit bool
	}{
		{"calls at the limit", nest(maxDepth-1, "f(", ")"), false},
		{"calls past the limit", nest(maxDepth, "f(", ")"), true},
		{"deep calls", nest(100000, "concat(", ")"), true},
		{"deep indexes", "[f()" + strings.Repeat("[f()", 100000) + strings.Repeat("]", 100000) + "]", true},
		{"long access chain", "[f()" + strings.Repeat(".a", 100000) + "]", true},
		{"unclosed deep calls", "[" + strings.Repeat("f(", 100000) + "]", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.src)
			var e *Error
			if tt.limit != errors.As(err, &e) || tt.limit != (e != nil && e.Limit) {
				t.Fatalf("Parse: error %v, want a limit error: %v", err, tt.limit)
			}
			if e != nil && (e.Start < 0 || e.End > len(tt.src) || e.Start > e.End) {
				t.Errorf("span %d-%d outside the source", e.Start, e.End)
			}
		})
	}
}

func TestWalk(t *testing.T) {
	e, err := Parse("[concat(parameters('a'), variables('b')[copyIndex()].c)]")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	Walk(e.Root, func(n Node) bool {
		got = append(got, e.Text(n))
		return true
	})
	want := []string{
		"concat(parameters('a'), variables('b')[copyIndex()].c)",
		"parameters('a')", "'a'",
		"variables('b')[copyIndex()].c", "variables('b')[copyIndex()]", "variables('b')", "'b'", "copyIndex()",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Walk (-want +got):\n%s", diff)
	}

	var reads []string
	Walk(e.Root, func(n Node) bool {
		if c, ok := n.(*Call); ok && (c.Is("parameters") || c.Is("variables")) {
			name, _ := c.StringArg(0)
			reads = append(reads, strings.ToLower(c.Name)+":"+name)
			return false
		}
		return true
	})
	if diff := cmp.Diff([]string{"parameters:a", "variables:b"}, reads); diff != "" {
		t.Errorf("reads (-want +got):\n%s", diff)
	}
}

func TestCallHelpers(t *testing.T) {
	e, err := Parse("[ns.Fn('x', 1)]")
	if err != nil {
		t.Fatal(err)
	}
	c := e.Root.(*Call)
	s, ok := c.StringArg(0)
	_, ok1 := c.StringArg(1)
	_, ok2 := c.StringArg(2)
	got := []any{c.FullName(), c.Is("fn"), s, ok, ok1, ok2, e.Text(nil), e.Text(&Int{Start: 5, End: 99})}
	want := []any{"ns.Fn", false, "x", true, false, false, "", ""}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
