package syntax

import (
	"strings"
	"testing"
	"time"

	"github.com/moatscan/moat/graph"
)

// TestLimits feeds nesting far beyond maxDepth and chains far beyond
// maxChain: one bicep-limit diagnostic, no stack overflow, and a statement
// after a closed deep nest survives.
func TestLimits(t *testing.T) {
	const n = 100000
	tests := []struct {
		name, src string
	}{
		{"brackets", "var x = " + strings.Repeat("[", n)},
		{"parentheses", "var x = " + strings.Repeat("(", n)},
		{"not", "var x = " + strings.Repeat("!", n) + "true"},
		{"minus", "var x = " + strings.Repeat("-", n) + "1"},
		{"objects", "var x = " + strings.Repeat("{a:", n)},
		{"calls", "var x = " + strings.Repeat("f(", n)},
		{"lambdas", "var x = " + strings.Repeat("x => ", n) + "1"},
		{"ternaries", "var x = " + strings.Repeat("a ? b : ", n) + "c"},
		{"loops", "var x = " + strings.Repeat("[for x in y: ", n)},
		{"interpolations", "var x = " + strings.Repeat("'${", n)},
		{"multi-line interpolations", "var x = " + strings.Repeat("$'''${", n)},
		{"type parentheses", "type x = " + strings.Repeat("(", n)},
		{"object types", "type x = " + strings.Repeat("{a:", n)},
		{"tuple types", "type x = " + strings.Repeat("[", n)},
		{"accessors", "var x = a" + strings.Repeat(".a", n)},
		{"indexes", "var x = a" + strings.Repeat("[0]", n)},
		{"operators", "var x = 1" + strings.Repeat("+1", n)},
		{"unions", "type x = 'a'" + strings.Repeat("|'a'", n)},
		{"closed nest", "var x = " + strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\nvar last = 1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			f := Parse("main.bicep", []byte(tt.src))
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			limits := 0
			for _, d := range f.Diags {
				if d.Code == graph.CodeBicepLimit {
					limits++
				}
			}
			if limits != 1 {
				t.Errorf("%d limit diagnostics in %v", limits, f.Diags)
			}
			checkSpans(t, f)
			if tt.name == "closed nest" && name(f.Stmts[len(f.Stmts)-1]) != "last" {
				t.Error("the statement after the nest is lost")
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	for _, src := range []string{"", "\n\n", "\uFEFF", "// only a comment", "\r\n\r\n"} {
		f := Parse("main.bicep", []byte(src))
		if len(f.Stmts) != 0 || len(f.Diags) != 0 {
			t.Errorf("%q: %d statements, %v", src, len(f.Stmts), f.Diags)
		}
	}
}
