package terraform

import (
	"encoding/json"
	"path"
	"slices"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
)

// evalCall evaluates every instance of a module call: the child module
// with the call's arguments as its variables. Outputs of a module moat
// cannot read (a registry module not installed) are unknown.
func (in *instance) evalCall(c *call) {
	dir, why := in.resolve(c)
	if dir == "" {
		in.diag(graph.Warning, graph.CodeTFModule, c.srcRng, "module "+c.name+" is not in the scan: "+why,
			"its resources are not checked and its outputs are unknown; run terraform init (which records installed modules in .terraform/modules/modules.json) or scan the module's source")
		in.mods[c.name] = cty.DynamicVal
		return
	}
	if len(in.chain) >= in.run.opts.MaxDepth {
		in.diag(graph.Warning, graph.CodeTFLimit, c.decl, "module calls nested too deep",
			"moat follows module calls "+itoa(in.run.opts.MaxDepth)+" levels deep; the outputs of module "+c.name+" are unknown")
		in.mods[c.name] = cty.DynamicVal
		return
	}
	if slices.Contains(in.chain, dir) {
		in.diag(graph.Error, graph.CodeTFCycle, c.srcRng, "module "+c.name+" calls itself",
			"module "+dir+" is already being evaluated in this chain of calls ("+strings.Join(in.chain, " → ")+"); Terraform rejects recursive modules")
		in.mods[c.name] = cty.DynamicVal
		return
	}
	mod := in.run.module(dir)
	if mod == nil {
		in.mods[c.name] = cty.DynamicVal
		return
	}
	keys := in.expand(c.count, c.forEach)
	vals := make([]cty.Value, 0, len(keys))
	for _, k := range keys {
		inputs := map[string]cty.Value{}
		for name, a := range c.inputs {
			inputs[name] = in.eval(a.Expr, k.vars)
		}
		p := "module." + c.name + k.suffix
		if in.path != "" {
			p = in.path + "." + p
		}
		origin := append(append([]graph.Range(nil), in.origin...), in.run.src.rng(c.decl))
		child := in.run.newInstance(mod, p, joinKey(in.key, c.name), append(append([]string(nil), in.chain...), dir), origin)
		child.inputs = inputs
		vals = append(vals, child.evaluate())
	}
	in.mods[c.name] = collect(c.count, c.forEach, keys, vals)
}

func joinKey(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

// resolve finds the folder of a module's source: a local path relative to
// the calling module, or the folder terraform init installed it in.
func (in *instance) resolve(c *call) (string, string) {
	if c.source == "" {
		return "", "it has no source"
	}
	if strings.HasPrefix(c.source, "./") || strings.HasPrefix(c.source, "../") {
		dir := path.Join(in.mod.dir, c.source)
		if dir == ".." || strings.HasPrefix(dir, "../") {
			return "", "its source " + c.source + " is outside the scan root"
		}
		if files, err := in.run.src.configFiles(dir); err != nil || len(files) == 0 {
			return "", "its source " + c.source + " has no Terraform files in the scan root"
		}
		return dir, ""
	}
	if dir, ok := in.run.installed()[joinKey(in.key, c.name)]; ok {
		if files, err := in.run.src.configFiles(dir); err == nil && len(files) > 0 {
			return dir, ""
		}
	}
	return "", "source " + c.source + " is not installed"
}

// installed reads .terraform/modules/modules.json of the root module: the
// folders terraform init put remote modules in, by module key.
func (r *run) installed() map[string]string {
	if r.modules != nil {
		return r.modules
	}
	r.modules = map[string]string{}
	data, ok := r.src.file(path.Join(r.root, ".terraform/modules/modules.json"))
	if !ok {
		return r.modules
	}
	var doc struct {
		Modules []struct{ Key, Source, Dir string }
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return r.modules
	}
	for _, m := range doc.Modules {
		if m.Key == "" || m.Dir == "" {
			continue
		}
		dir := path.Join(r.root, strings.TrimPrefix(m.Dir, "./"))
		if dir != ".." && !strings.HasPrefix(dir, "../") {
			r.modules[m.Key] = dir
		}
	}
	return r.modules
}
