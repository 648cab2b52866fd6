package kubernetes

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/moatscan/moat/graph"
)

// object is one Kubernetes object: a whole document, or one item of a List
// with its ranges and unknown paths made relative to the item.
type object struct {
	attrs   map[string]any
	rng     graph.Range
	ranges  map[string]graph.Range
	keys    map[string]graph.Range
	unknown []graph.Path
	doc     int // 1-based number of the document
	item    int // 1-based number of the List item; 0 for a document

	// A typed List (ServiceList) may leave apiVersion and kind out of its
	// items; these are the ones its name implies.
	apiVersion, kind string
}

// splitList returns the objects of a document: its items when it is a List
// (kind List, or a kind ending in List that has items), else the document.
func (p *parser) splitList(m map[string]any, c *converter, r graph.Range, doc int) []object {
	kind, _ := m["kind"].(string)
	items, isSeq := m["items"].([]any)
	if !strings.HasSuffix(kind, "List") || !isSeq && (kind != "List" || m["items"] != nil) {
		return []object{{attrs: m, rng: r, ranges: c.ranges, keys: c.keys, unknown: c.unknown, doc: doc}}
	}
	apiVersion, _ := m["apiVersion"].(string)
	out := make([]object, len(items))
	for i := range out {
		out[i] = object{ranges: make(map[string]graph.Range), keys: make(map[string]graph.Range),
			doc: doc, item: i + 1, apiVersion: apiVersion}
		if kind != "List" {
			out[i].kind = strings.TrimSuffix(kind, "List")
		}
	}
	for key, rng := range c.ranges {
		i, rest, ok := itemKey(key)
		switch {
		case !ok || i >= len(out):
		case rest == "":
			out[i].rng = rng
		default:
			out[i].ranges[rest] = rng
		}
	}
	for key, rng := range c.keys {
		if i, rest, ok := itemKey(key); ok && i < len(out) && rest != "" {
			out[i].keys[rest] = rng
		}
	}
	for _, u := range c.unknown {
		if len(u) < 3 || u[0] != "items" {
			continue
		}
		if i, err := strconv.Atoi(u[1]); err == nil && i < len(out) {
			out[i].unknown = append(out[i].unknown, u[2:])
		}
	}
	kept := out[:0]
	for i, o := range out {
		if o.attrs, _ = items[i].(map[string]any); o.attrs != nil {
			kept = append(kept, o)
			continue
		}
		p.diags = p.diags.Warnf(graph.CodeK8sInvalid, o.rng, "not a Kubernetes object",
			"item %d of the %s in document %d is not a mapping with apiVersion and kind; fix or remove it", i+1, kind, doc)
	}
	return kept
}

// itemKey splits a Ranges key below items[i] into i and the rest of the
// key, itself a key relative to the item.
func itemKey(key string) (i int, rest string, ok bool) {
	rest, ok = strings.CutPrefix(key, "items[")
	if !ok {
		return 0, "", false
	}
	num, rest, ok := strings.Cut(rest, "]")
	if !ok {
		return 0, "", false
	}
	i, err := strconv.Atoi(num)
	if err != nil {
		return 0, "", false
	}
	return i, strings.TrimPrefix(rest, "."), true
}

// object turns one object into a node.
func (p *parser) object(o object) {
	apiVersion, _ := o.attrs["apiVersion"].(string)
	kind, _ := o.attrs["kind"].(string)
	if _, set := o.attrs["kind"]; !set && o.kind != "" {
		kind = o.kind
		if _, set := o.attrs["apiVersion"]; !set {
			apiVersion = o.apiVersion
		}
	}
	if apiVersion == "" || kind == "" {
		p.diags = p.diags.Warnf(graph.CodeK8sInvalid, o.rng, "not a Kubernetes object",
			"%s has no apiVersion or no kind (both must be non-empty strings); add them, or move other YAML out of the scanned paths", o.label())
		return
	}
	group := "" // the core group's apiVersion is just v1
	if g, _, ok := strings.Cut(apiVersion, "/"); ok {
		group = g
	}
	n := &graph.Node{
		Type: apiVersion + "/" + kind, Format: graph.Kubernetes,
		Attrs: o.attrs, Unknown: o.unknown, Range: o.rng, Ranges: o.ranges, Keys: o.keys,
	}
	n.Name = p.name(o, n.Type)
	n.ID = n.Type + "/" + n.Name
	if !clusterScoped(group, kind) {
		n.Namespace = p.opts.DefaultNamespace
		if ns, _ := metadata(o.attrs)["namespace"].(string); ns != "" {
			n.Namespace = ns
		}
		n.ID = n.Type + "/" + n.Namespace + "/" + n.Name
	}
	workloadFacts(n, group, kind)
	if group == "" && kind == "Secret" {
		secretFacts(n)
	}
	p.nodes = append(p.nodes, n)
}

// name returns metadata.name, else metadata.generateName, else a stand-in
// that keeps the object visible to the rules, with a warning.
func (p *parser) name(o object, typ string) string {
	meta := metadata(o.attrs)
	for _, field := range []string{"name", "generateName"} {
		if s, _ := meta[field].(string); s != "" {
			return s
		}
	}
	at, ok := o.ranges["metadata"]
	if !ok {
		at = o.rng
	}
	// A warning, not an error: tools borrow apiVersion and kind for files
	// that are not objects (kind and kubeadm configs, kubeconfigs), and the
	// object is still checked.
	p.diags = p.diags.Warnf(graph.CodeK8sInvalid, at, typ+" has no name",
		"%s has no metadata.name or metadata.generateName, so the API server would reject it; add metadata.name, or leave it out of the scan if it is a tool's configuration file", o.label())
	if o.item > 0 {
		return fmt.Sprintf("<unnamed-%d-%d>", o.doc, o.item)
	}
	return fmt.Sprintf("<unnamed-%d>", o.doc)
}

// label names an object in messages.
func (o object) label() string {
	if o.item > 0 {
		return fmt.Sprintf("item %d of document %d", o.item, o.doc)
	}
	return fmt.Sprintf("document %d", o.doc)
}

// metadata returns the object's metadata mapping, or nil.
func metadata(attrs map[string]any) map[string]any {
	m, _ := attrs["metadata"].(map[string]any)
	return m
}
