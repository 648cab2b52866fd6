package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
)

// module is the configuration of one folder: its declarations, not yet
// evaluated. One module may be evaluated many times, once per call.
type module struct {
	dir       string // slash path relative to the scan root
	files     []string
	vars      map[string]*variable
	locals    map[string]*hcl.Attribute
	resources []*resource
	calls     map[string]*call
	outputs   map[string]*hcl.Attribute
	required  map[string]string // provider local name → version constraint
	diags     graph.Diagnostics
	failed    map[string]string  // file → why it does not parse
	deep      map[hcl.Range]bool // expressions nested beyond maxExprDepth
	nestedFor map[hcl.Range]bool // expressions with a for expression inside another
}

type variable struct {
	name     string
	decl     hcl.Range
	def      hcl.Expression // nil without default
	typ      cty.Type
	defaults *typeexpr.Defaults
}

// resource is a resource or data block.
type resource struct {
	mode     string // managed or data
	typ      string
	name     string
	decl     hcl.Range // resource "type" "name"
	body     hcl.Body
	count    hcl.Expression
	forEach  hcl.Expression
	provider string
}

func (r *resource) key() string {
	if r.mode == "data" {
		return "data." + r.typ + "." + r.name
	}
	return r.typ + "." + r.name
}

// call is a module block.
type call struct {
	name    string
	decl    hcl.Range
	source  string
	srcRng  hcl.Range
	version string
	count   hcl.Expression
	forEach hcl.Expression
	inputs  map[string]*hcl.Attribute
}

var fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "terraform"},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
	{Type: "ephemeral", LabelNames: []string{"type", "name"}},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "provider", LabelNames: []string{"name"}},
	{Type: "moved"},
	{Type: "import"},
	{Type: "removed"},
	{Type: "check", LabelNames: []string{"name"}},
	{Type: "action", LabelNames: []string{"type", "name"}},
}}

// loadModule parses the configuration files of dir.
func loadModule(src *source, dir string) (*module, error) {
	names, err := src.configFiles(dir)
	if err != nil {
		return nil, err
	}
	m := &module{dir: dir, files: names, vars: map[string]*variable{}, locals: map[string]*hcl.Attribute{},
		calls: map[string]*call{}, outputs: map[string]*hcl.Attribute{}, required: map[string]string{}, failed: map[string]string{}, deep: map[hcl.Range]bool{}, nestedFor: map[hcl.Range]bool{}}
	p := hclparse.NewParser()
	for _, name := range names {
		data, _ := src.file(name)
		f, ds := parseFile(p, name, data)
		converted := hclDiagnostics(src, ds, graph.CodeTFSyntax, graph.Error)
		m.diags = append(m.diags, converted...)
		if reason := converted.FirstError(); reason != "" {
			m.failed[name] = reason
		}
		if f == nil || f.Body == nil {
			continue
		}
		m.deepExprs(src, f.Body)
		m.decode(src, f.Body)
	}
	return m, nil
}

func (m *module) decode(src *source, body hcl.Body) {
	content, ds := body.Content(fileSchema)
	m.report(src, ds, graph.CodeTFSyntax, graph.Error)
	for _, b := range content.Blocks {
		switch b.Type {
		case "terraform":
			m.decodeTerraform(src, b.Body)
		case "variable":
			m.decodeVariable(src, b)
		case "locals":
			attrs, ds := b.Body.JustAttributes()
			m.report(src, ds, graph.CodeTFSyntax, graph.Error)
			for name, a := range attrs {
				m.locals[name] = a
			}
		case "resource", "data":
			m.decodeResource(src, b)
		case "module":
			m.decodeCall(src, b)
		case "output":
			m.decodeOutput(src, b)
		}
	}
}

var variableSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "default"}, {Name: "type"}, {Name: "description"}, {Name: "sensitive"}, {Name: "nullable"}, {Name: "ephemeral"},
}, Blocks: []hcl.BlockHeaderSchema{{Type: "validation"}}}

func (m *module) decodeVariable(src *source, b *hcl.Block) {
	v := &variable{name: b.Labels[0], decl: b.DefRange, typ: cty.DynamicPseudoType}
	content, _, ds := b.Body.PartialContent(variableSchema)
	m.report(src, ds, graph.CodeTFSyntax, graph.Error)
	if a, ok := content.Attributes["default"]; ok {
		v.def = a.Expr
	}
	if a, ok := content.Attributes["type"]; ok {
		t, defs, ds := typeexpr.TypeConstraintWithDefaults(a.Expr)
		m.report(src, ds, graph.CodeTFSyntax, graph.Warning)
		if !ds.HasErrors() {
			v.typ, v.defaults = t, defs
		}
	}
	m.vars[v.name] = v
}

var outputSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "value"}}}

func (m *module) decodeOutput(src *source, b *hcl.Block) {
	content, _, ds := b.Body.PartialContent(outputSchema)
	m.report(src, ds, graph.CodeTFSyntax, graph.Error)
	if a, ok := content.Attributes["value"]; ok {
		m.outputs[b.Labels[0]] = a
	}
}

// report converts HCL diagnostics, keeping the given severity for errors.
func (m *module) report(src *source, ds hcl.Diagnostics, code string, sev graph.Severity) {
	m.diags = append(m.diags, hclDiagnostics(src, ds, code, sev)...)
}

func hclDiagnostics(src *source, ds hcl.Diagnostics, code string, sev graph.Severity) graph.Diagnostics {
	var out graph.Diagnostics
	for _, d := range ds {
		s := sev
		if d.Severity == hcl.DiagWarning {
			s = graph.Warning
		}
		var r graph.Range
		if d.Subject != nil {
			r = src.rng(*d.Subject)
		}
		out = append(out, graph.Diagnostic{Severity: s, Code: code, Summary: d.Summary, Detail: detail(d), Subject: r})
	}
	return out
}
