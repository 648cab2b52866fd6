package bicep

import (
	"path"
	"sort"
	"strings"

	"github.com/moatscan/moat/parsers/arm"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/parallel"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// Options tune a parse.
type Options struct {
	// Parameters are --parameters files (.bicepparam or ARM parameters
	// JSON), in order: each applies to every entry file of the scan,
	// instead of the parameters files that name it.
	Parameters []discover.File
	// MaxInstances bounds the resources one entry file makes, modules and
	// loops included; 0 means 100,000.
	MaxInstances int
	// ReadFile reads a file that loadTextContent() and its siblings name,
	// by its slash-separated path as the scan names files. Nil reads
	// nothing: the loaded values are unknown.
	ReadFile func(name string) ([]byte, error)
}

// File says what became of one input file.
type File struct {
	Path   string `json:"path"`
	Format string `json:"format"`
	Status string `json:"status"` // parsed, failed or skipped
	Reason string `json:"reason,omitempty"`
}

// Result is the graph part Bicep files contribute.
type Result struct {
	Nodes []*graph.Node
	Edges []graph.Edge
	Diags graph.Diagnostics
	Files []File
	// ParamsUsed lists the ARM parameters files (JSON) used for a Bicep
	// entry file: main.parameters.json beside main.bicep.
	ParamsUsed []string
	// Unknowns counts the attributes left unknown, by the kind of reason.
	Unknowns map[string]int
}

// file is one parsed file of the scan.
type file struct {
	path   string
	format discover.Format
	syn    *syntax.File // .bicep and .bicepparam
	decls  *decls
	data   []byte // ARM parameters files
}

// parser holds what every evaluation shares: the parsed files.
type parser struct {
	files map[string]*file
	opts  Options
}

// Parse reads the .bicep and .bicepparam files among files, and the ARM
// parameters files named after a .bicep file (the others are ignored),
// and evaluates every .bicep file that no other one uses as a module or
// imports from, once per parameters file that names it, or once with
// default values.
func Parse(files []discover.File, opts Options) Result {
	p := &parser{files: map[string]*file{}, opts: opts}
	var order []*file
	for _, f := range files {
		switch f.Format {
		case discover.Bicep, discover.BicepParams, discover.ARMParams:
			nf := &file{path: f.Path, format: f.Format, data: f.Data}
			p.files[f.Path] = nf
			order = append(order, nf)
		}
	}
	var extra []*file
	for _, f := range opts.Parameters {
		nf := &file{path: f.Path, format: discover.ARMParams, data: f.Data}
		if strings.HasSuffix(f.Path, ".bicepparam") {
			nf.format = discover.BicepParams
		}
		p.files[f.Path] = nf
		extra = append(extra, nf)
	}
	all := append(append([]*file(nil), order...), extra...)
	parallel.Do(len(all), func(i int) { all[i].parse() })
	units := p.plan(order)
	parallel.Do(len(units), func(i int) { units[i].evaluate() })
	return p.result(order, units)
}

// parse reads a Bicep or parameters file.
func (f *file) parse() {
	switch f.format {
	case discover.Bicep:
		f.syn = syntax.Parse(f.path, f.data)
		f.decls = declare(f.syn)
	case discover.BicepParams:
		f.syn = syntax.ParseParams(f.path, f.data)
		f.decls = declare(f.syn)
	}
}

// resolve names the file a relative path of from names.
func (p *parser) resolve(from, rel string) string {
	if strings.HasPrefix(rel, "/") {
		return path.Clean(rel[1:])
	}
	return path.Join(path.Dir(from), rel)
}

// plan makes the units: each .bicep file that no other one calls as a
// module or imports from, or that a .bicepparam file names, with each
// parameters file that goes with it. Files that only call each other (a
// cycle) start from the first of them, so that none is left unread.
func (p *parser) plan(order []*file) []*unit {
	used := map[string]bool{}
	calls := map[string][]string{}
	named := map[string][]*file{} // .bicepparam files by the file they use
	for _, f := range order {
		if f.syn == nil {
			continue
		}
		for _, st := range f.syn.Stmts {
			target := ""
			switch s := st.(type) {
			case *syntax.Module:
				target = p.resolve(f.path, literal(s.Path))
			case *syntax.Import:
				target = p.resolve(f.path, literal(s.From))
			case *syntax.Using:
				if s.Path != nil && f.format == discover.BicepParams {
					t := p.resolve(f.path, literal(s.Path))
					named[t] = append(named[t], f)
				}
			}
			if target != "" && target != f.path {
				used[target] = true
				calls[f.path] = append(calls[f.path], target)
			}
		}
	}
	var roots []*file
	reached := map[string]bool{}
	var reach func(string)
	reach = func(name string) {
		if reached[name] {
			return
		}
		reached[name] = true
		for _, c := range calls[name] {
			reach(c)
		}
	}
	for _, f := range order {
		if f.format == discover.Bicep && (!used[f.path] || len(named[f.path]) > 0) {
			roots = append(roots, f)
			reach(f.path)
		}
	}
	for _, f := range order {
		if f.format == discover.Bicep && !reached[f.path] {
			roots = append(roots, f)
			reach(f.path)
		}
	}
	var units []*unit
	for _, f := range roots {
		params := p.paramsFor(f, named[f.path])
		if len(params) == 0 {
			units = append(units, p.newUnit(f, nil, f.path+":"))
			continue
		}
		for _, pf := range params {
			prefix := f.path + ":"
			if len(params) > 1 {
				prefix = f.path + "[" + path.Base(pf.path) + "]:"
			}
			units = append(units, p.newUnit(f, pf, prefix))
		}
	}
	return units
}

// paramsFor lists the parameters files of an entry file: the --parameters
// files, else the .bicepparam files that use it and the ARM parameters
// files beside it named after it (main.parameters.json,
// main.parameters.prod.json, main.prod.parameters.json).
func (p *parser) paramsFor(f *file, using []*file) []*file {
	var out []*file
	for _, pf := range p.opts.Parameters {
		out = append(out, p.files[pf.Path])
	}
	if len(out) > 0 {
		return out
	}
	out = append(out, using...)
	var beside []string
	for k, pf := range p.files {
		if pf.format == discover.ARMParams && arm.ParametersOf(f.path, k) {
			beside = append(beside, k)
		}
	}
	sort.Strings(beside)
	for _, k := range beside {
		out = append(out, p.files[k])
	}
	return out
}

// literal is the text of a string without interpolation, or "".
func literal(s *syntax.String) string {
	if s == nil {
		return ""
	}
	v, _ := s.Literal()
	return v
}

// evaluate evaluates the entry file and resolves the references.
func (u *unit) evaluate() {
	f := u.root
	d := newDeployment(u, f, funcs.NewEnv(f.decls.scope), u.args())
	if u.params != nil {
		d.origin = []graph.Range{u.params.origin()}
	}
	d.evaluate()
	u.resolve()
}
