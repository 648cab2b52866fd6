package plan

import (
	"bytes"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// CodeInvalid marks a file that is not a Terraform plan of a format
// version this package reads, or whose content does not have the shape
// of one.
const CodeInvalid = "terraform-plan-invalid"

// planKeys are the top-level keys of which a plan has at least one.
var planKeys = []string{"planned_values", "resource_changes", "configuration"}

// Detect reports whether src looks like a plan JSON document: an object
// with format_version and one of planned_values, resource_changes and
// configuration. A state file (terraform show -json without a plan) has
// none of those and is not a plan.
func Detect(src []byte) bool {
	if !bytes.Contains(src, []byte(`"format_version"`)) {
		return false
	}
	doc, _ := jsonpos.Parse("", src, jsonpos.Options{})
	return doc.Get("format_version") != nil && hasPlanKey(doc)
}

func hasPlanKey(doc *jsonpos.Value) bool {
	for _, k := range planKeys {
		if doc.Get(k) != nil {
			return true
		}
	}
	return false
}

// Read returns one Resource per planned resource instance of the plan
// src, read from filename, for the root module at root (slash-separated,
// relative to the scan root). Managed resources and data sources read at
// apply time come from planned_values; data sources read during planning
// come from prior_state.
func Read(filename string, src []byte, root string) ([]tfmodel.Resource, graph.Diagnostics) {
	doc, diags := jsonpos.Parse(filename, src, jsonpos.Options{})
	if doc == nil {
		return nil, diags
	}
	r := &reader{filename: filename, root: root, diags: diags, unknown: make(map[string]*jsonpos.Value)}
	if !r.check(doc) {
		return nil, r.diags
	}
	r.indexChanges(doc.Get("resource_changes"))
	cfg := r.object(doc.Get("configuration"), "configuration")
	r.providers = r.object(cfg.Get("provider_config"), "configuration.provider_config")
	r.config = r.configModule(cfg.Get("root_module"), "configuration.root_module")

	var out []tfmodel.Resource
	seen := make(map[string]bool)
	planned := r.object(doc.Get("planned_values"), "planned_values")
	out = r.module(out, seen, planned.Get("root_module"), "planned_values.root_module", false)
	prior := r.object(doc.Get("prior_state"), "prior_state")
	values := r.object(prior.Get("values"), "prior_state.values")
	out = r.module(out, seen, values.Get("root_module"), "prior_state.values.root_module", true)
	return out, r.diags
}

// reader holds what Read learns of one plan.
type reader struct {
	filename  string
	root      string
	diags     graph.Diagnostics
	unknown   map[string]*jsonpos.Value // instance address → its after_unknown
	providers *jsonpos.Value            // configuration.provider_config
	config    *configModule             // configuration.root_module
}

// check reports whether doc is a plan of format version 1.x.
func (r *reader) check(doc *jsonpos.Value) bool {
	const how = "Write it with terraform show -json <planfile>."
	if doc.Kind != jsonpos.Object {
		r.diags = r.diags.Errorf(CodeInvalid, head(doc), "Not a Terraform plan",
			"The file holds a JSON %s, not an object. %s", doc.Kind, how)
		return false
	}
	fv := doc.Get("format_version")
	if fv == nil || fv.Kind != jsonpos.String {
		r.diags = r.diags.Errorf(CodeInvalid, head(doc), "Not a Terraform plan",
			"The object has no format_version string. %s", how)
		return false
	}
	if major, _, _ := strings.Cut(fv.Str, "."); major != "1" {
		r.diags = r.diags.Errorf(CodeInvalid, fv.Range, "Unsupported plan format version",
			"format_version %q is not 1.x, the only plan format read. %s", fv.Str, how)
		return false
	}
	if !hasPlanKey(doc) {
		r.diags = r.diags.Errorf(CodeInvalid, head(doc), "Not a Terraform plan",
			"The object has none of planned_values, resource_changes and configuration; it may be a state, which is not read. %s", how)
		return false
	}
	return true
}

// head is the range of v's opening bracket, or of v itself when it is
// not an array or object, for a diagnostic about the whole document.
func head(v *jsonpos.Value) graph.Range {
	r := v.Range
	if v.Kind == jsonpos.Object || v.Kind == jsonpos.Array {
		r.End = graph.Pos{Line: r.Start.Line, Column: r.Start.Column + 1, Byte: r.Start.Byte + 1}
	}
	return r
}

// object returns v when it is an object, and nil otherwise: silently for
// a missing value or null, with a diagnostic for another kind.
func (r *reader) object(v *jsonpos.Value, what string) *jsonpos.Value {
	if r.expect(v, jsonpos.Object, what) {
		return v
	}
	return nil
}

// array returns the items of v when it is an array, as object does.
func (r *reader) array(v *jsonpos.Value, what string) []*jsonpos.Value {
	if r.expect(v, jsonpos.Array, what) {
		return v.Items
	}
	return nil
}

func (r *reader) expect(v *jsonpos.Value, kind jsonpos.Kind, what string) bool {
	switch {
	case v == nil || v.Kind == jsonpos.Null:
		return false
	case v.Kind == kind:
		return true
	}
	r.diags = r.diags.Errorf(CodeInvalid, v.Range, "Unexpected plan content",
		"%s should be %s, but it is %s; it is skipped. Write the plan with terraform show -json <planfile>.",
		what, article(kind), article(v.Kind))
	return false
}

func article(k jsonpos.Kind) string {
	switch k {
	case jsonpos.Array, jsonpos.Object:
		return "an " + k.String()
	case jsonpos.Null:
		return "null"
	}
	return "a " + k.String()
}

// str returns v's text when it is a string, else "".
func str(v *jsonpos.Value) string {
	if v == nil || v.Kind != jsonpos.String {
		return ""
	}
	return v.Str
}
