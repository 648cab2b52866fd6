package syntax

// Walk calls fn for n and then, unless fn returns false, walks each child
// of n in source order: decorators, names, types, expressions, object
// properties and nested resources. Missing (nil) children are skipped.
func Walk(n Node, fn func(Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	w := walker(fn)
	switch n := n.(type) {
	case *TargetScope:
		w.expr(n.Value)
	case *Metadata:
		w.decl(&n.Decl)
		w.expr(n.Value)
	case *Param:
		w.decl(&n.Decl)
		w.typ(n.Type)
		w.str(n.Resource)
		w.expr(n.Value)
	case *Var:
		w.decl(&n.Decl)
		w.typ(n.Type)
		w.expr(n.Value)
	case *TypeDecl:
		w.decl(&n.Decl)
		w.typ(n.Type)
	case *Output:
		w.decl(&n.Decl)
		w.typ(n.Type)
		w.str(n.Resource)
		w.expr(n.Value)
	case *Func:
		w.decl(&n.Decl)
		if n.Lambda != nil {
			Walk(n.Lambda, fn)
		}
	case *Import:
		w.decl(&n.Decl)
		for _, s := range n.Symbols {
			Walk(s, fn)
		}
		w.ident(n.Alias)
		w.str(n.From)
	case *ImportSymbol:
		w.ident(n.Name)
		w.ident(n.Alias)
	case *Extension:
		w.extension(n)
	case *Resource:
		w.decl(&n.Decl)
		w.str(n.Type)
		w.expr(n.Body)
	case *Module:
		w.decl(&n.Decl)
		w.str(n.Path)
		w.expr(n.Body)
	case *Test:
		w.decl(&n.Decl)
		w.str(n.Path)
		w.expr(n.Body)
	case *Assert:
		w.decl(&n.Decl)
		w.expr(n.Value)
	case *Using:
		w.str(n.Path)
	case *Extends:
		w.str(n.Path)
	case *Decorator:
		if n.Call != nil {
			Walk(n.Call, fn)
		}
	default:
		w.exprChildren(n)
	}
}

// Walk walks every statement of the file (see Walk).
func (f *File) Walk(fn func(Node) bool) {
	for _, s := range f.Stmts {
		Walk(s, fn)
	}
}

// walker walks children, skipping the nil ones.
type walker func(Node) bool

func (w walker) expr(x Expr) {
	if x != nil {
		Walk(x, w)
	}
}

func (w walker) typ(x Type) {
	if x != nil {
		Walk(x, w)
	}
}

func (w walker) str(s *String) {
	if s != nil {
		Walk(s, w)
	}
}

func (w walker) ident(id *Ident) {
	if id != nil {
		Walk(id, w)
	}
}

func (w walker) decl(d *Decl) {
	for _, dec := range d.Decorators {
		Walk(dec, w)
	}
	w.ident(d.Name)
}

func (w walker) extension(n *Extension) {
	w.decl(&n.Decl)
	w.expr(n.Spec)
	if n.Alias != nil && n.With != nil && n.Alias.Start < n.With.Start {
		w.ident(n.Alias)
		Walk(n.With, w)
		return
	}
	if n.With != nil {
		Walk(n.With, w)
	}
	w.ident(n.Alias)
}
