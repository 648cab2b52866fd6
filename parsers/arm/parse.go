package arm

import (
	"sort"
	"sync"

	"github.com/moatscan/moat/internal/parallel"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/expr"
)

// Options tune a parse.
type Options struct {
	// Parameters are --parameters files, in order: each applies to every
	// template of the scan, instead of the parameters files found beside
	// it by name.
	Parameters []discover.File
	// MaxInstances bounds the resources one template makes, nested
	// deployments and copy loops included; 0 means 100,000.
	MaxInstances int
}

// File says what became of one input file.
type File struct {
	Path   string `json:"path"`
	Format string `json:"format"`
	Status string `json:"status"` // parsed, failed or skipped
	Reason string `json:"reason,omitempty"`
}

// Result is the graph part ARM templates contribute.
type Result struct {
	Nodes []*graph.Node
	Edges []graph.Edge
	Diags graph.Diagnostics
	Files []File
	// Unsupported counts the calls of functions moat does not evaluate,
	// by name.
	Unsupported map[string]int
	// Unknowns counts the attributes left unknown, by the kind of reason
	// (a parameter without value, reference(), a failed expression).
	Unknowns map[string]int
}

// file is one parsed JSON file of the scan.
type file struct {
	path   string
	format discover.Format
	root   *jsonpos.Value
	diags  graph.Diagnostics

	once  sync.Once
	tpl   *template
	tds   graph.Diagnostics
	exprs map[string]parsedExpr // every expression of the file, parsed once; read-only after once
}

type parsedExpr struct {
	e   *expr.Expr
	err error
}

// parser holds what every evaluation shares: the parsed files.
type parser struct {
	files map[string]*file
	src   map[string][]byte // file contents, to place errors inside strings
	opts  Options
}

// JSONOptions read JSON as ARM does: comments, trailing commas, line breaks
// inside strings (which the Azure CLI and PowerShell deploy), and property
// names that compare case-insensitively, the last one winning. Templates
// are limited to 16 MiB, four times what ARM accepts (4 MB). The Bicep
// evaluator reads ARM parameters files with it too.
var JSONOptions = jsonpos.Options{Comments: true, Trailing: true, FoldCase: true, Multiline: true, MaxBytes: 16 << 20, MaxDepth: 256}

// Parse reads the ARM templates and parameters files among files (the
// others are ignored) and evaluates every template that no other template
// links to, once per parameters file that goes with it (or once with the
// default values when none does).
func Parse(files []discover.File, opts Options) Result {
	if opts.MaxInstances == 0 {
		opts.MaxInstances = 100_000
	}
	p := &parser{files: map[string]*file{}, opts: opts}
	var order []*file
	for _, f := range files {
		if f.Format == discover.ARM || f.Format == discover.ARMParams {
			nf := &file{path: f.Path, format: f.Format}
			p.files[f.Path] = nf
			order = append(order, nf)
		}
	}
	p.src = map[string][]byte{}
	for _, f := range files {
		if p.files[f.Path] != nil {
			p.src[f.Path] = f.Data
		}
	}
	parallel.Do(len(order), func(i int) {
		f := order[i]
		f.root, f.diags = jsonpos.Parse(f.path, p.src[f.path], JSONOptions)
	})
	for _, f := range opts.Parameters {
		pf := &file{path: f.Path, format: discover.ARMParams}
		pf.root, pf.diags = jsonpos.Parse(f.Path, f.Data, JSONOptions)
		p.files[f.Path] = pf
	}
	units := p.plan(order)
	parallel.Do(len(units), func(i int) { units[i].evaluate() })
	return p.result(order, units)
}

// template returns the template of a file of the scan, read once.
func (p *parser) template(name string) (*template, graph.Diagnostics, bool) {
	f := p.files[name]
	if f == nil || f.root == nil || f.format != discover.ARM {
		return nil, nil, false
	}
	f.once.Do(func() {
		f.tpl, f.tds = p.readTemplate(f.path, f.root)
		f.exprs = map[string]parsedExpr{}
		f.tds = append(f.tds, p.parseExpressions(f.root, f.exprs)...)
	})
	return f.tpl, f.tds, f.tpl != nil
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// parseExpressions parses every expression of a file once, for every
// evaluation to share, and reports those that do not parse even where
// nothing evaluates them (ARM rejects the whole template).
func (p *parser) parseExpressions(root *jsonpos.Value, into map[string]parsedExpr) graph.Diagnostics {
	var ds graph.Diagnostics
	walk(root, func(v *jsonpos.Value) {
		if v.Kind != jsonpos.String || !expr.IsExpression(v.Str) {
			return
		}
		if _, done := into[v.Str]; done {
			return
		}
		e, err := expr.Parse(v.Str)
		into[v.Str] = parsedExpr{e, err}
		if err != nil {
			d := p.exprDiagnostic(v, err)
			d.Severity, d.Summary = graph.Error, "expression does not parse"
			ds = append(ds, d)
		}
	})
	return ds
}

// expression returns the parsed expression of a string of a template of
// the scan.
func (p *parser) expression(v *jsonpos.Value) (*expr.Expr, error) {
	if f := p.files[v.Range.Filename]; f != nil {
		if pe, ok := f.exprs[v.Str]; ok {
			return pe.e, pe.err
		}
	}
	return expr.Parse(v.Str)
}
