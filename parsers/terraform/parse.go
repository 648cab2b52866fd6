package terraform

import (
	"path"
	"sort"
	"strings"

	"github.com/moatscan/moat/internal/parallel"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/azurerm"
	"github.com/moatscan/moat/parsers/terraform/plan"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// Options tune an evaluation.
type Options struct {
	Root         string   // absolute scan root: module sources and file functions stay inside it
	VarFiles     []string // --var-file, slash paths relative to Root, in order
	Vars         []string // --var name=value, in order
	MaxFileSize  int64    // largest file read from disk; 0 means 16 MiB
	MaxDepth     int      // module calls followed this deep; 0 means 32
	MaxInstances int      // instances of one block; 0 means 10,000
	MaxTotal     int      // instances of one root module; 0 means 1,000,000
}

func (o *Options) defaults() {
	if o.MaxFileSize == 0 {
		o.MaxFileSize = 16 << 20
	}
	if o.MaxDepth == 0 {
		o.MaxDepth = 32
	}
	if o.MaxInstances == 0 {
		o.MaxInstances = 10000
	}
	if o.MaxTotal == 0 {
		o.MaxTotal = 1000000
	}
}

// File says what became of one input file.
type File struct {
	Path   string `json:"path"`
	Format string `json:"format"` // the walk's format name
	Status string `json:"status"` // parsed, failed or skipped
	Reason string `json:"reason,omitempty"`
}

// Result is the graph part Terraform contributes.
type Result struct {
	Nodes []*graph.Node
	Edges []graph.Edge
	Diags graph.Diagnostics
	Files []File
}

// Parse evaluates every root module among files (the .tf, .tf.json,
// variables and plan files a walk found) and maps the resources onto the
// graph. A folder that another scanned module calls as a local module is
// evaluated through that call, with its arguments, not on its own.
func Parse(files []discover.File, opts Options) Result {
	opts.defaults()
	src := newSource(opts.Root, opts.MaxFileSize)
	defer src.close()
	varFiles := map[string][]string{}
	var plans []discover.File
	for _, f := range files {
		switch f.Format {
		case discover.Terraform:
			src.add(f.Path, f.Data)
		case discover.TerraformVars:
			src.add(f.Path, f.Data)
			varFiles[path.Dir(f.Path)] = append(varFiles[path.Dir(f.Path)], f.Path)
		case discover.TerraformPlan:
			plans = append(plans, f)
		}
	}
	cache := &modules{src: src, dirs: map[string]*moduleEntry{}}
	roots := rootModules(src, cache)
	runs := make([]*run, len(roots))
	for i, root := range roots {
		runs[i] = &run{src: src, opts: opts, root: root, varFiles: varFiles, cache: cache, used: map[string]bool{}}
	}
	parallel.Do(len(runs), func(i int) { runs[i].safely() })
	return assemble(src, cache, runs, plans, files)
}

// rootModules lists the folders to evaluate on their own: every folder
// with configuration files that no other scanned module calls, and, so
// that nothing is left out, any folder only reachable through a cycle.
func rootModules(src *source, cache *modules) []string {
	var dirs []string
	for dir := range src.dirs {
		if names, _ := src.configFiles(dir); len(names) > 0 {
			dirs = append(dirs, dir)
		}
	}
	sort.Strings(dirs)
	parallel.Do(len(dirs), func(i int) { cache.get(dirs[i]) })
	called := map[string][]string{}
	isCalled := map[string]bool{}
	for _, dir := range dirs {
		m := cache.get(dir)
		if m == nil {
			continue
		}
		for _, c := range m.calls {
			if strings.HasPrefix(c.source, "./") || strings.HasPrefix(c.source, "../") {
				child := path.Join(dir, c.source)
				if child != dir {
					called[dir] = append(called[dir], child)
					isCalled[child] = true
				}
			}
		}
	}
	var roots []string
	reached := map[string]bool{}
	var reach func(string)
	reach = func(d string) {
		if reached[d] {
			return
		}
		reached[d] = true
		for _, c := range called[d] {
			reach(c)
		}
	}
	for _, dir := range dirs {
		if !isCalled[dir] {
			roots = append(roots, dir)
			reach(dir)
		}
	}
	for _, dir := range dirs {
		if !reached[dir] {
			roots = append(roots, dir)
			reach(dir)
		}
	}
	return roots
}

// assemble normalises the runs' resources, overlays plan files and
// reports what became of each file.
func assemble(src *source, cache *modules, runs []*run, plans []discover.File, files []discover.File) Result {
	var res Result
	byRoot := map[string]*run{}
	used := map[string]bool{}
	var all []tfmodel.Resource
	for _, r := range runs {
		byRoot[r.root] = r
		all = append(all, r.out...)
		res.Diags = append(res.Diags, r.diags...)
		for f := range r.used {
			used[f] = true
		}
	}
	planStatus := map[string]File{}
	for _, f := range plans {
		rs, ds := plan.Read(f.Path, f.Data, path.Dir(f.Path))
		res.Diags = append(res.Diags, ds...)
		st := File{Path: f.Path, Format: string(f.Format), Status: "parsed"}
		if ds.HasErrors() {
			st.Status, st.Reason = "failed", ds.FirstError()
		}
		planStatus[f.Path] = st
		all = overlay(all, rs)
	}
	nodes := make([]*graph.Node, len(all))
	edges := make([][]graph.Edge, len(all))
	parallel.Do(len(all), func(i int) { nodes[i], edges[i] = normalise(&all[i]) })
	res.Nodes = nodes
	for _, es := range edges {
		res.Edges = append(res.Edges, es...)
	}
	res.Diags = dedupe(append(res.Diags, moduleDiags(cache)...))
	res.Files = fileStatus(files, cache, used, planStatus)
	return res
}

// normalise maps one instance onto the graph and says when it stands for
// instances whose number is unknown.
func normalise(r *tfmodel.Resource) (*graph.Node, []graph.Edge) {
	n, es := azurerm.Normalise(r)
	if r.Unsure {
		if n.Facts == nil {
			n.Facts = map[string]any{}
		}
		n.Facts["instances_unknown"] = true
	}
	return n, es
}

func moduleDiags(cache *modules) graph.Diagnostics {
	var out graph.Diagnostics
	for _, e := range cache.dirs {
		if e.mod != nil {
			out = append(out, e.mod.diags...)
		}
	}
	return out
}

// dedupe drops repeated diagnostics: a module called many times reports a
// problem of its own once.
func dedupe(ds graph.Diagnostics) graph.Diagnostics {
	seen := map[graph.Diagnostic]bool{}
	out := ds[:0:0]
	for _, d := range ds {
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	out.Sort()
	return out
}
