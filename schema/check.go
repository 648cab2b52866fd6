package schema

import (
	"regexp"
	"sort"
	"strings"

	"github.com/moatscan/moat/graph"
)

// Status says what the index knows of a node's apiVersion.
type Status string

// The statuses of an apiVersion.
const (
	Known     Status = "known"     // the index has it: the body is checked
	Unknown   Status = "unknown"   // well formed and in the span of the data, yet not a version of the type the data has
	Malformed Status = "malformed" // not a date with an optional -preview, -alpha, -beta or -privatepreview suffix
	Newer     Status = "newer"     // dated after every version of the type the data has
	Older     Status = "older"     // dated before the data's first date: nothing to check against
)

// Result is what the schema says about one node.
type Result struct {
	Type     *Type
	API      string // the declared apiVersion
	Status   Status
	Problems []Problem
	Renames  []Rename // keys written in another case than the schema's, outermost first
}

// Rename is a property key a body writes in another case than the schema
// (ARM reads names ignoring case): Attr as written, Name as the schema
// writes it.
type Rename struct {
	Attr graph.Path
	Name string
}

// ProblemKind names what is wrong with an attribute.
type ProblemKind string

// The kinds of problem.
const (
	NoSuchProperty ProblemKind = "unknown"   // no apiVersion of the type has the property
	ReadOnly       ProblemKind = "read_only" // the service sets it; a written value is ignored
	NotInVersion   ProblemKind = "version"   // other apiVersions have the property, the declared one does not
	BadValue       ProblemKind = "value"     // the value is not in the enum of the declared apiVersion
)

// Problem is one attribute the declared apiVersion does not accept.
type Problem struct {
	Kind       ProblemKind
	Attr       graph.Path // as the node writes it
	Path       string     // in the schema's casing, without indexes: properties.bootstrapProfile
	Name       string     // the property, in the schema's casing when a version knows it
	Suggestion string     // NoSuchProperty: the nearest property name the version has
	Value      string     // BadValue: the value written
	Values     []string   // BadValue: the members the declared version lists
	Open       bool       // BadValue: the declared version accepts other strings too
	Versions   []string   // NotInVersion, BadValue: the apiVersions that have the property or list the value
}

// apiVersion matches the form of an apiVersion: a date in 2000-2099 and
// the suffixes resource providers use.
var apiVersion = regexp.MustCompile(`^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(-(preview|alpha|beta|privatepreview))?$`)

// Check compares a node's body with the schema of its type at its
// apiVersion. It reports false for nodes it does not check: types the
// index lacks, nodes without a known apiVersion, existing resources and
// data sources (whose body is not deployed), and Azure resources that
// Kubernetes objects or azurerm resources describe (their attributes are
// moat's mapping, not an ARM body).
func (x *Index) Check(n *graph.Node) (*Result, bool) {
	if !checked(n) {
		return nil, false
	}
	api, _ := n.Facts["api_version"].(string)
	t, ok := x.Type(n.Type)
	if !ok || api == "" || n.IsUnknown(graph.P("apiVersion")) {
		return nil, false
	}
	r := &Result{Type: t, API: api}
	v, ok := t.Version(api)
	switch {
	case ok:
		r.Status = Known
	case !apiVersion.MatchString(strings.ToLower(api)):
		r.Status = Malformed
	case api[:10] < x.Since:
		r.Status = Older
	case api[:10] > t.Versions[len(t.Versions)-1].Date():
		r.Status = Newer
	default:
		r.Status = Unknown
	}
	if v != nil {
		w := walker{x: x, t: t, v: v, n: n, r: r}
		w.value(v.Root, n.Attrs, nil, nil, nil)
	}
	return r, true
}

// checked reports whether a node's attributes are an ARM body.
func checked(n *graph.Node) bool {
	if n.Facts["data_source"] == true {
		return false
	}
	switch n.Format {
	case graph.ARM, graph.Bicep:
		return true
	case graph.Terraform:
		tf, _ := n.Facts["terraform"].(map[string]any)
		t, _ := tf["type"].(string)
		return t == "azapi_resource" || t == "azapi_update_resource"
	}
	return false
}

// synthetic are top-level attributes the parsers add beside the body:
// the parent and scope a resource is deployed under, its ID, and its
// name (which every body has).
var synthetic = map[string]bool{"name": true, "parent": true, "scope": true, "id": true}

// walker checks a body against the shapes of one version.
type walker struct {
	x *Index
	t *Type
	v *Version
	n *graph.Node
	r *Result
}

// value checks the value at attr against shape id; steps lead there from
// the body, canon is attr in the schema's casing without indexes.
func (w *walker) value(id int32, val any, attr graph.Path, steps []Step, canon []string) {
	s := w.x.Shape(id)
	if s == nil || w.n.IsUnknown(attr) {
		return
	}
	switch s.Kind {
	case Object, Union:
		if m, ok := val.(map[string]any); ok {
			w.object(s, m, attr, steps, canon)
		}
	case Array:
		if items, ok := val.([]any); ok {
			for i, item := range items {
				w.value(s.Item, item, attr.Append(i), append(steps[:len(steps):len(steps)], Step{Item: true}), canon)
			}
		}
	case Enum:
		if str, ok := val.(string); ok && !s.HasValue(str) {
			w.enum(s, str, attr, steps, canon)
		}
	}
}

func (w *walker) object(s *Shape, m map[string]any, attr graph.Path, steps []Step, canon []string) {
	disc := w.discriminator(s, m, attr, steps, canon)
	_, picked := s.Element(disc)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if (len(attr) == 0 && synthetic[k]) || (s.Kind == Union && equalFold(k, s.Discriminator)) {
			continue // the discriminator's value was checked above
		}
		a, st := attr.Append(k), append(steps[:len(steps):len(steps)], Step{Name: k, Disc: disc})
		p, ok := w.x.Property(s, k, disc)
		if ok && s.Kind == Union && !picked && !isBase(s, k) {
			continue // some element has it; which one applies is not known, so its value is not checked
		}
		if ok && k != p.Name {
			if _, taken := m[p.Name]; !taken {
				w.r.Renames = append(w.r.Renames, Rename{Attr: a, Name: p.Name})
			}
		}
		switch {
		case ok && p.ReadOnly:
			w.problem(Problem{Kind: ReadOnly, Attr: a, Path: dotted(canon, p.Name), Name: p.Name})
		case ok:
			w.value(p.Shape, m[k], a, st, append(canon[:len(canon):len(canon)], p.Name))
		case s.Kind == Object && s.Extra != None:
			w.value(s.Extra, m[k], a, st, append(canon[:len(canon):len(canon)], k))
		default:
			w.missing(s, k, disc, a, st, canon)
		}
	}
}

// isBase reports whether a discriminated object has k among the
// properties every element shares.
func isBase(s *Shape, k string) bool {
	_, ok := s.Prop(k)
	return ok
}

// discriminator returns the discriminator value a discriminated object
// writes, reporting a value that picks no element.
func (w *walker) discriminator(s *Shape, m map[string]any, attr graph.Path, steps []Step, canon []string) string {
	if s.Kind != Union {
		return ""
	}
	for k, v := range m {
		str, ok := v.(string)
		if !ok || !equalFold(k, s.Discriminator) || w.n.IsUnknown(attr.Append(k)) {
			continue
		}
		if _, ok := s.Element(str); !ok {
			values := make([]string, len(s.Elements))
			for i, e := range s.Elements {
				values[i] = e.Value
			}
			versions := w.versions(steps, func(o *Shape) bool {
				_, ok := o.Element(str)
				return o.Kind == Union && ok
			})
			w.problem(Problem{Kind: BadValue, Attr: attr.Append(k), Path: dotted(canon, s.Discriminator),
				Name: s.Discriminator, Value: str, Values: values, Versions: versions})
		}
		return str
	}
	return ""
}

// missing reports a property the declared version does not have: known
// to other versions, or to none (with the nearest name it has).
func (w *walker) missing(s *Shape, k, disc string, attr graph.Path, steps []Step, canon []string) {
	versions := w.versions(steps, func(*Shape) bool { return true })
	if n := len(versions); n > 0 {
		v, _ := w.t.Version(versions[n-1])
		name := w.x.canonical(v, steps, k)
		w.problem(Problem{Kind: NotInVersion, Attr: attr, Path: dotted(canon, name), Name: name, Versions: versions})
		return
	}
	w.problem(Problem{Kind: NoSuchProperty, Attr: attr, Path: dotted(canon, k), Name: k,
		Suggestion: nearest(k, w.x.names(s, disc))})
}

// enum reports a value outside the declared version's enum: always for a
// closed enum, for an open one when another version lists the value.
func (w *walker) enum(s *Shape, str string, attr graph.Path, steps []Step, canon []string) {
	versions := w.versions(steps, func(e *Shape) bool { return e.Kind == Enum && e.HasValue(str) })
	if s.Open && len(versions) == 0 {
		return
	}
	w.problem(Problem{Kind: BadValue, Attr: attr, Path: dotted(canon, ""), Name: last(canon), Value: str,
		Values: s.Values, Open: s.Open, Versions: versions})
}

// versions lists the other apiVersions in which steps lead to a shape
// that ok accepts.
func (w *walker) versions(steps []Step, ok func(*Shape) bool) []string {
	var out []string
	for i := range w.t.Versions {
		v := &w.t.Versions[i]
		if v == w.v {
			continue
		}
		if id, found := w.x.Resolve(v, steps); found {
			if s := w.x.Shape(id); s != nil && ok(s) {
				out = append(out, v.API)
			}
		}
	}
	return out
}

func (w *walker) problem(p Problem) { w.r.Problems = append(w.r.Problems, p) }
