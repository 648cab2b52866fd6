package syntax

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// dump renders the tree of f compactly, one node a line, indented by
// depth: the node's kind, its span as line:col-line:col, and its scalar
// fields (names, values, operators, flags); then the diagnostics.
func dump(f *File) string {
	var b strings.Builder
	for _, s := range f.Stmts {
		dumpNode(&b, f, s, 0)
	}
	for _, d := range f.Diags {
		fmt.Fprintf(&b, "! %s %s %s: %s\n", d.Severity, d.Code, short(f, d.Subject.Start.Byte, d.Subject.End.Byte), d.Summary)
	}
	return b.String()
}

// dumpExpr renders one node's subtree on one line, for table tests:
// Kind[fields](children...).
func dumpExpr(n Node) string {
	var b strings.Builder
	var rec func(Node)
	rec = func(n Node) {
		switch n := n.(type) {
		case *Ident:
			b.WriteString(n.Name)
			return
		case *Int:
			b.WriteString(strconv.FormatInt(n.Value, 10))
			return
		case *Bool:
			b.WriteString(strconv.FormatBool(n.Value))
			return
		case *Null:
			b.WriteString("null")
			return
		case *String:
			if lit, ok := n.Literal(); ok && !n.Multiline {
				b.WriteString(strconv.Quote(lit))
				return
			}
		}
		b.WriteString(strings.TrimPrefix(reflect.TypeOf(n).String(), "*syntax."))
		if fs := fields(n); fs != "" {
			b.WriteString("[" + fs + "]")
		}
		first := true
		Walk(n, func(c Node) bool {
			if c == n {
				return true
			}
			if first {
				b.WriteString("(")
				first = false
			} else {
				b.WriteString(" ")
			}
			rec(c)
			return false
		})
		if !first {
			b.WriteString(")")
		}
	}
	rec(n)
	return b.String()
}

func dumpNode(b *strings.Builder, f *File, n Node, depth int) {
	s := n.Bounds()
	fmt.Fprintf(b, "%s%s %s", strings.Repeat("  ", depth), strings.TrimPrefix(reflect.TypeOf(n).String(), "*syntax."), short(f, s.Start, s.End))
	if fs := fields(n); fs != "" {
		b.WriteString(" " + fs)
	}
	b.WriteString("\n")
	Walk(n, func(c Node) bool {
		if c == n {
			return true
		}
		dumpNode(b, f, c, depth+1)
		return false
	})
}

func short(f *File, start, end int) string {
	a, z := f.Pos(start), f.Pos(end)
	return fmt.Sprintf("%d:%d-%d:%d", a.Line, a.Column, z.Line, z.Column)
}

// fields renders the scalar fields of a node that are set, as name=value.
func fields(n Node) string {
	v := reflect.ValueOf(n).Elem()
	var out []string
	for i := range v.NumField() {
		name, fv := v.Type().Field(i).Name, v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			if fv.String() != "" {
				out = append(out, name+"="+strconv.Quote(fv.String()))
			}
		case reflect.Bool:
			if fv.Bool() {
				out = append(out, name)
			}
		case reflect.Int64:
			out = append(out, name+"="+strconv.FormatInt(fv.Int(), 10))
		case reflect.Slice:
			if parts, ok := fv.Interface().([]string); ok {
				q := make([]string, len(parts))
				for j, s := range parts {
					q[j] = strconv.Quote(s)
				}
				out = append(out, name+"=["+strings.Join(q, ",")+"]")
			}
		}
	}
	return strings.Join(out, " ")
}
