package terraform

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// ctx builds the evaluation context an expression needs: only the names
// its traversals read, so that a module with thousands of resources does
// not rebuild them all for every expression.
func (in *instance) ctx(trav []hcl.Traversal, extra map[string]cty.Value) *hcl.EvalContext {
	vars := map[string]cty.Value{}
	locals := map[string]cty.Value{}
	mods := map[string]cty.Value{}
	types := map[string]map[string]cty.Value{}
	data := map[string]map[string]cty.Value{}
	for _, t := range trav {
		root := t.RootName()
		if _, ok := extra[root]; ok {
			continue
		}
		key, _ := refKey(t)
		switch root {
		case "var":
			vars["var"] = in.varObject()
		case "local":
			if key != "" {
				locals[key[len("local."):]] = valueOr(in.locals, key[len("local."):])
			}
		case "module":
			if key != "" {
				mods[key[len("module."):]] = valueOr(in.mods, key[len("module."):])
			}
		case "path":
			vars["path"] = in.pathObject()
		case "terraform":
			vars["terraform"] = cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")})
		case "count", "each", "self":
		case "data":
			if key != "" {
				ty, name := splitKey(key[len("data."):])
				if data[ty] == nil {
					data[ty] = map[string]cty.Value{}
				}
				data[ty][name] = valueOr(in.res, key)
			}
		default:
			if key != "" {
				ty, name := splitKey(key)
				if types[ty] == nil {
					types[ty] = map[string]cty.Value{}
				}
				types[ty][name] = valueOr(in.res, key)
			}
		}
	}
	if len(locals) > 0 {
		vars["local"] = cty.ObjectVal(locals)
	}
	if len(mods) > 0 {
		vars["module"] = cty.ObjectVal(mods)
	}
	if len(data) > 0 {
		d := map[string]cty.Value{}
		for ty, names := range data {
			d[ty] = cty.ObjectVal(names)
		}
		vars["data"] = cty.ObjectVal(d)
	}
	for ty, names := range types {
		vars[ty] = cty.ObjectVal(names)
	}
	for k, v := range extra {
		vars[k] = v
	}
	return &hcl.EvalContext{Variables: vars, Functions: in.run.funcs}
}

// valueOr returns the value of a declared name, or an unknown value for a
// name declared but not evaluated yet (a cycle). Undeclared names are left
// out, so that HCL reports them as Terraform would.
func valueOr(m map[string]cty.Value, k string) cty.Value {
	if v, ok := m[k]; ok {
		return v
	}
	return cty.DynamicVal
}

func splitKey(k string) (string, string) {
	for i := 0; i < len(k); i++ {
		if k[i] == '.' {
			return k[:i], k[i+1:]
		}
	}
	return k, ""
}

func (in *instance) varObject() cty.Value {
	if in.varObj == cty.NilVal {
		in.varObj = cty.ObjectVal(in.vars)
	}
	return in.varObj
}

// pathObject gives path.module and path.root relative to the root module,
// as Terraform does when run from the root module's folder.
func (in *instance) pathObject() cty.Value {
	rel := relPath(in.run.root, in.mod.dir)
	return cty.ObjectVal(map[string]cty.Value{
		"module": cty.StringVal(rel),
		"root":   cty.StringVal("."),
		"cwd":    cty.StringVal("."),
	})
}

// relPath returns the slash path of dir relative to from (both relative to
// the scan root).
func relPath(from, dir string) string {
	seg := func(p string) []string {
		if p == "." || p == "" {
			return nil
		}
		return strings.Split(p, "/")
	}
	f, d := seg(from), seg(dir)
	i := 0
	for i < len(f) && i < len(d) && f[i] == d[i] {
		i++
	}
	parts := make([]string, 0, len(f)-i+len(d)-i)
	for range f[i:] {
		parts = append(parts, "..")
	}
	parts = append(parts, d[i:]...)
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}
