package expr

import "strings"

// Expr is one parsed expression.
type Expr struct {
	Src  string // the whole string, brackets included
	Root Node
}

// Node is one part of an expression. Span returns its byte offsets in the
// expression's Src, end exclusive.
type Node interface {
	Span() (start, end int)
}

// Call is a function call: name(args) or namespace.name(args).
type Call struct {
	Namespace string // a user-defined function's namespace; "" for template functions
	Name      string // as written
	Args      []Node
	// Start is the offset of the name (of the namespace when there is
	// one), NameEnd the end of the name, End the end of the ')'.
	Start, NameEnd, End int
}

// String is a 'string' literal.
type String struct {
	Value      string // with '' read as one quote
	Start, End int    // the quotes included
}

// Int is an integer literal, optionally negative.
type Int struct {
	Value      int64
	Start, End int
}

// Member is a property access: X.Name.
type Member struct {
	X    Node
	Name string
	// Start is X's start, NameStart the offset of the name after the
	// dot, End the end of the name.
	Start, NameStart, End int
}

// Index is an index access: X[Key].
type Index struct {
	X, Key     Node
	Start, End int // X's start; the end of the ']'
}

// Span returns the call's offsets, name to closing parenthesis.
func (c *Call) Span() (int, int) { return c.Start, c.End }

// Span returns the literal's offsets, quotes included.
func (s *String) Span() (int, int) { return s.Start, s.End }

// Span returns the literal's offsets.
func (i *Int) Span() (int, int) { return i.Start, i.End }

// Span returns the access's offsets, from the start of X.
func (m *Member) Span() (int, int) { return m.Start, m.End }

// Span returns the access's offsets, from the start of X.
func (x *Index) Span() (int, int) { return x.Start, x.End }

// FullName returns "namespace.name" for a user-defined function and the
// name for a template function, as written.
func (c *Call) FullName() string {
	if c.Namespace == "" {
		return c.Name
	}
	return c.Namespace + "." + c.Name
}

// Is reports whether c calls the template function name (compared
// case-insensitively, as ARM does).
func (c *Call) Is(name string) bool {
	return c.Namespace == "" && strings.EqualFold(c.Name, name)
}

// StringArg returns the value of c's i-th argument when it is a string
// literal, as in parameters('name').
func (c *Call) StringArg(i int) (string, bool) {
	if i < 0 || i >= len(c.Args) {
		return "", false
	}
	s, ok := c.Args[i].(*String)
	if !ok {
		return "", false
	}
	return s.Value, true
}

// Text returns the source of n: the part of Src its span covers.
func (e *Expr) Text(n Node) string {
	if e == nil || n == nil {
		return ""
	}
	start, end := n.Span()
	if start < 0 || end > len(e.Src) || start > end {
		return ""
	}
	return e.Src[start:end]
}

// Walk calls fn for n and then, when fn returns true, for each node inside
// n in source order.
func Walk(n Node, fn func(Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	switch x := n.(type) {
	case *Call:
		for _, a := range x.Args {
			Walk(a, fn)
		}
	case *Member:
		Walk(x.X, fn)
	case *Index:
		Walk(x.X, fn)
		Walk(x.Key, fn)
	}
}
