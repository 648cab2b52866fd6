package syntax

import (
	"fmt"
	"testing"
)

// spanErrors lists the nodes of f whose span is not inside the source,
// is reversed, or is not inside its parent's span, and the diagnostics
// whose range is not inside the source.
func spanErrors(f *File) []string {
	var errs []string
	n := len(f.Src)
	var stack []Span
	var visit func(Node) bool
	visit = func(x Node) bool {
		s := x.Bounds()
		if s.Start < 0 || s.Start > s.End || s.End > n {
			errs = append(errs, fmt.Sprintf("%T span %v outside [0,%d]", x, s, n))
		}
		if len(stack) > 0 {
			if p := stack[len(stack)-1]; s.Start < p.Start || s.End > p.End {
				errs = append(errs, fmt.Sprintf("%T span %v outside its parent's %v: %q", x, s, p, f.Text(x)))
			}
		}
		stack = append(stack, s)
		Walk(x, func(c Node) bool {
			if c == x {
				return true
			}
			visit(c)
			return false
		})
		stack = stack[:len(stack)-1]
		return false
	}
	for _, st := range f.Stmts {
		visit(st)
	}
	for _, d := range f.Diags {
		r := d.Subject
		if r.Filename != f.Path || r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > n {
			errs = append(errs, fmt.Sprintf("diagnostic %q has range %v", d.Summary, r))
		}
	}
	return errs
}

func checkSpans(t testing.TB, f *File) {
	t.Helper()
	errs := spanErrors(f)
	for i, e := range errs {
		if i == 10 {
			t.Errorf("%s: %d more", f.Path, len(errs)-10)
			break
		}
		t.Errorf("%s: %s", f.Path, e)
	}
}
