package expr

import (
	"slices"
	"strconv"
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// member evaluates X.name.
func (ev *evaluator) member(m *Member) (any, *Error) {
	x, err := ev.eval(m.X)
	if err != nil {
		return nil, err
	}
	return ev.property(m, x, m.Name, "."+m.Name)
}

// property reads name from x for the access n; step is the access as
// written for an unknown's Text.
func (ev *evaluator) property(n Node, x any, name, step string) (any, *Error) {
	switch o := x.(type) {
	case *value.Object:
		if v, ok := o.Get(name); ok {
			return v, nil
		}
		return nil, ev.errorf(n, "the object has no property '%s'%s", name, listKeys(o))
	case *value.Unknown:
		return ev.unknownAccess(n, o, name, step)
	}
	return nil, ev.errorf(n, "cannot read the property '%s' of %s", name, article(x))
}

// index evaluates X[key]: an int on an array, a string on an object.
func (ev *evaluator) index(ix *Index) (any, *Error) {
	x, err := ev.eval(ix.X)
	if err != nil {
		return nil, err
	}
	k, err := ev.eval(ix.Key)
	if err != nil {
		return nil, err
	}
	if u, ok := k.(*value.Unknown); ok {
		if xu, ok := x.(*value.Unknown); ok {
			u = xu
		}
		return ev.unknown(ix, u)
	}
	switch xv := x.(type) {
	case []any:
		i, ok := k.(int64)
		if !ok {
			return nil, ev.errorf(ix.Key, "an array index must be an int, got %s", value.TypeName(k))
		}
		if i < 0 || i >= int64(len(xv)) {
			return nil, ev.errorf(ix, "the index %d is out of range for an array of length %d", i, len(xv))
		}
		return xv[i], nil
	case *value.Object:
		s, ok := k.(string)
		if !ok {
			return nil, ev.errorf(ix.Key, "an object key must be a string, got %s", value.TypeName(k))
		}
		return ev.property(ix, xv, s, "["+quote(s)+"]")
	case *value.Unknown:
		switch kv := k.(type) {
		case int64:
			return ev.unknownAccess(ix, xv, strconv.FormatInt(kv, 10), "["+strconv.FormatInt(kv, 10)+"]")
		case string:
			return ev.unknownAccess(ix, xv, kv, "["+quote(kv)+"]")
		}
		return nil, ev.errorf(ix.Key, "an index must be an int or a string, got %s", value.TypeName(k))
	}
	return nil, ev.errorf(ix, "cannot index %s", article(x))
}

// unknownAccess reads name (written step) from an unknown: the result
// has the same reason, the access appended to its Text and, when it reads
// a resource, to its Ref.Path. u is never changed.
func (ev *evaluator) unknownAccess(n Node, u *value.Unknown, name, step string) (any, *Error) {
	size := len(u.Text) + len(step)
	if u.Ref != nil {
		size += len(u.Ref.Path) + 1
	}
	if err := ev.spend(n, size); err != nil {
		return nil, err
	}
	r := &value.Unknown{Reason: u.Reason}
	if IsExpression(u.Text) {
		r.Text = u.Text[:len(u.Text)-1] + step + "]"
	} else {
		r.Text = ev.bracket(n)
	}
	if u.Ref != nil {
		ref := *u.Ref
		if !ref.Derived {
			ref.Path = append(slices.Clip(u.Ref.Path), name)
		}
		r.Ref = &ref
	}
	return r, nil
}

// quote writes s as an expression string literal.
func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// article names the type of v with an article: "a string", "an array".
func article(v any) string {
	switch t := value.TypeName(v); t {
	case "null":
		return "null"
	case "int", "array", "object", "unknown":
		return "an " + t
	default:
		return "a " + t
	}
}

// listKeys lists up to ten of an object's keys for a message.
func listKeys(o *value.Object) string {
	keys := o.Keys()
	if len(keys) == 0 {
		return ": the object is empty"
	}
	const most = 10
	if len(keys) > most {
		return ": it has " + strings.Join(keys[:most], ", ") + ", …"
	}
	return ": it has " + strings.Join(keys, ", ")
}
