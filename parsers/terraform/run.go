package terraform

import (
	"fmt"
	"path"
	"strconv"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/funcs"
	"github.com/moatscan/moat/parsers/terraform/plan"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// run evaluates one root module and every module it calls.
type run struct {
	src      *source
	opts     Options
	root     string // the root module's folder
	modules  map[string]string
	varFiles map[string][]string // folder → variables files the walk found
	cache    *modules
	funcs    map[string]function.Function
	lock     map[string]string // provider name → locked version

	out       []tfmodel.Resource
	diags     graph.Diagnostics
	instances int
	used      map[string]bool // variables files read
}

// modules parses each module folder once for all runs; folders are parsed
// in parallel, each exactly once.
type modules struct {
	mu   sync.Mutex
	src  *source
	dirs map[string]*moduleEntry
}

type moduleEntry struct {
	once sync.Once
	mod  *module
}

func (ms *modules) get(dir string) *module {
	ms.mu.Lock()
	e, ok := ms.dirs[dir]
	if !ok {
		e = &moduleEntry{}
		ms.dirs[dir] = e
	}
	ms.mu.Unlock()
	e.once.Do(func() {
		if m, err := loadModule(ms.src, dir); err == nil {
			e.mod = m
		}
	})
	return e.mod
}

// loaded returns the module of dir if it was parsed.
func (ms *modules) loaded(dir string) *module {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if e, ok := ms.dirs[dir]; ok {
		return e.mod
	}
	return nil
}

func (r *run) module(dir string) *module { return r.cache.get(dir) }

func (r *run) report(ds graph.Diagnostics) { r.diags = append(r.diags, ds...) }

func (r *run) emit(res tfmodel.Resource) { r.out = append(r.out, res) }

func (r *run) loaded(name string) { r.used[name] = true }

// budget takes n instances from the run's allowance.
func (r *run) budget(n int) bool {
	if r.instances+n > r.opts.MaxTotal {
		return false
	}
	r.instances += n
	return true
}

// safely evaluates the root module; a failure of moat itself in one root
// module becomes a diagnostic there, and the other modules' resources and
// the other formats' findings still count. Fuzzing keeps such failures out;
// this is the net under it.
func (r *run) safely() {
	defer func() {
		if p := recover(); p != nil {
			r.out = nil
			at := graph.Range{Filename: r.root}
			if m := r.module(r.root); m != nil && len(m.files) > 0 {
				at.Filename = m.files[0]
			}
			r.report(graph.Diagnostics{{Severity: graph.Error, Code: graph.CodeTFEval, Summary: "moat could not evaluate this module",
				Detail: fmt.Sprintf("internal error: %v; please report it with the module", p), Subject: at}})
		}
	}()
	r.evaluate()
}

// evaluate runs the root module.
func (r *run) evaluate() {
	mod := r.module(r.root)
	if mod == nil {
		return
	}
	r.funcs = funcs.Table(funcs.Options{Root: r.src.root, BaseDir: path.Join(r.src.root, r.root), MaxFileSize: r.src.max})
	r.lock = r.readLock()
	in := r.newInstance(mod, "", "", []string{r.root}, nil)
	in.inputs = r.rootInputs(mod)
	in.evaluate()
}

// provider describes the provider of a resource from the constraints of
// the module (or the root's) and the root's lock file.
func (r *run) provider(mod *module, name string) tfmodel.Provider {
	p := tfmodel.Provider{Name: name, Constraint: mod.required[name], Locked: r.lock[name]}
	if p.Constraint == "" {
		if root := r.module(r.root); root != nil {
			p.Constraint = root.required[name]
		}
	}
	switch {
	case p.Locked != "":
		p.Major = plan.MajorOf(p.Locked)
	case p.Constraint != "":
		p.Major = plan.MajorOf(p.Constraint)
	}
	return p
}

var lockSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "provider", LabelNames: []string{"source"}}}}

// readLock reads the provider versions .terraform.lock.hcl pins.
func (r *run) readLock() map[string]string {
	out := map[string]string{}
	name := path.Join(r.root, ".terraform.lock.hcl")
	data, ok := r.src.file(name)
	if !ok {
		return out
	}
	f, ds := parseFile(hclparse.NewParser(), name, data)
	if ds.HasErrors() {
		r.report(hclDiagnostics(r.src, ds, graph.CodeTFSyntax, graph.Warning))
		return out
	}
	content, _, _ := f.Body.PartialContent(lockSchema)
	for _, b := range content.Blocks {
		attrs, _ := b.Body.JustAttributes()
		a, ok := attrs["version"]
		if !ok {
			continue
		}
		v, ds := a.Expr.Value(nil)
		if ds.HasErrors() || !v.IsKnown() || v.IsNull() || !v.Type().Equals(cty.String) {
			continue
		}
		out[path.Base(b.Labels[0])] = v.AsString()
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
