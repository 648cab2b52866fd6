package syntax

// exprChildren walks the children of expressions, types and their parts.
func (w walker) exprChildren(n Node) {
	switch n := n.(type) {
	case *String:
		for _, x := range n.Exprs {
			w.expr(x)
		}
	case *Array:
		for _, x := range n.Items {
			w.expr(x)
		}
	case *Object:
		w.object(n)
	case *Property:
		if n.KeyExpr != nil {
			Walk(n.KeyExpr, w)
		}
		w.expr(n.Value)
	case *Spread:
		w.expr(n.X)
	case *Unary:
		w.expr(n.X)
	case *Binary:
		w.expr(n.X)
		w.expr(n.Y)
	case *Ternary:
		w.expr(n.Cond)
		w.expr(n.Then)
		w.expr(n.Else)
	case *Paren:
		w.expr(n.X)
	case *Call:
		w.expr(n.Target)
		w.ident(n.Name)
		for _, x := range n.Args {
			w.expr(x)
		}
	case *Access:
		w.expr(n.X)
		w.ident(n.Name)
	case *Index:
		w.expr(n.X)
		w.expr(n.Index)
	case *NonNull:
		w.expr(n.X)
	case *Child:
		w.expr(n.X)
		w.ident(n.Name)
	case *Lambda:
		for _, lp := range n.Params {
			Walk(lp, w)
		}
		w.typ(n.Result)
		w.expr(n.Body)
	case *LambdaParam:
		w.ident(n.Name)
		w.typ(n.Type)
	case *For:
		w.ident(n.Item)
		w.ident(n.Index)
		w.expr(n.Iter)
		w.expr(n.Body)
	case *If:
		w.expr(n.Cond)
		w.expr(n.Body)
	default:
		w.typeChildren(n)
	}
}

// object walks properties and nested resources, merged in source order.
func (w walker) object(o *Object) {
	i, j := 0, 0
	for i < len(o.Props) || j < len(o.Resources) {
		if j == len(o.Resources) || i < len(o.Props) && o.Props[i].Start < o.Resources[j].Start {
			Walk(o.Props[i], w)
			i++
		} else {
			Walk(o.Resources[j], w)
			j++
		}
	}
}

func (w walker) typeChildren(n Node) {
	switch n := n.(type) {
	case *TypeLiteral:
		w.expr(n.Value)
	case *TypeUnion:
		for _, m := range n.Members {
			w.typ(m)
		}
	case *TypeArray:
		w.typ(n.Elem)
	case *TypeNullable:
		w.typ(n.Elem)
	case *TypeNonNull:
		w.typ(n.Elem)
	case *TypeObject:
		done := false
		for _, prop := range n.Props {
			if !done && n.Additional != nil && n.Additional.Bounds().Start < prop.Start {
				w.typ(n.Additional)
				done = true
			}
			Walk(prop, w)
		}
		if !done {
			w.typ(n.Additional)
		}
	case *TypeProperty:
		for _, d := range n.Decorators {
			Walk(d, w)
		}
		w.typ(n.Type)
	case *TypeTuple:
		for _, t := range n.Items {
			w.typ(t)
		}
	case *TypeResource:
		w.str(n.Spec)
	case *TypeParen:
		w.typ(n.X)
	}
}
