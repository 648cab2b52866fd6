package policies

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/moatscan/moat/schema"
)

// TestCatalogProperties checks the properties lib.schema.catalog lists
// (those whose schema problems are errors): each is a property of its
// type at some apiVersion, written in the schema's casing, so that a
// problem's canonical path can match it.
func TestCatalogProperties(t *testing.T) {
	mods, err := parseModules(os.DirFS("."), false)
	if err != nil {
		t.Fatal(err)
	}
	c, err := compile(mods)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rego.New(rego.Compiler(c), rego.Query("data.lib.schema.catalog")).Eval(context.Background())
	if err != nil || len(rs) != 1 {
		t.Fatalf("evaluate the catalog: %v", err)
	}
	x, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	catalog := rs[0].Expressions[0].Value.(map[string]any)
	for typ, paths := range catalog {
		ty, ok := x.Type(typ)
		if !ok {
			t.Errorf("catalog type %s is not in the schema index", typ)
			continue
		}
		for _, p := range paths.([]any) {
			if !anyVersion(x, ty, strings.Split(p.(string), ".")) {
				t.Errorf("%s: %s is no property of any apiVersion in the schema's casing", ty.Name, p)
			}
		}
	}
}

// anyVersion reports whether some version of t has the property path
// (names in the schema's casing; arrays are stepped into implicitly).
func anyVersion(x *schema.Index, t *schema.Type, names []string) bool {
	for i := range t.Versions {
		if exact(x, t.Versions[i].Root, names) {
			return true
		}
	}
	return false
}

func exact(x *schema.Index, id int32, names []string) bool {
	for _, name := range names {
		s := x.Shape(id)
		for s != nil && s.Kind == schema.Array {
			s = x.Shape(s.Item)
		}
		if s == nil {
			return false
		}
		if s.Kind == schema.Any {
			return true
		}
		p, ok := x.Property(s, name, "")
		switch {
		case ok && p.Name == name && p.ReadOnly:
			return true
		case ok && p.Name == name:
			id = p.Shape
		case !ok && s.Kind == schema.Object && s.Extra != schema.None:
			id = s.Extra
		default:
			return false
		}
	}
	return true
}
