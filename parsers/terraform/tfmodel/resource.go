package tfmodel

import (
	"strings"

	"github.com/moatscan/moat/graph"
)

// Mode says whether a resource is managed or read from a data source.
type Mode string

// Resource modes, as Terraform names them.
const (
	Managed Mode = "managed"
	Data    Mode = "data"
)

// Resource is one evaluated resource instance.
//
// Attrs hold plain values: string, int64, float64, bool, nil, []any and
// map[string]any. Nested blocks are lists of objects, as Terraform's own
// state has them (default_node_pool[0].vnet_subnet_id), whether the source
// wrote a block, a dynamic block or (in .tf.json and plans) an object. Paths
// in Unknown, Ranges, Keys and Refs are Terraform attribute paths into
// Attrs; Ranges and Keys are keyed by graph.Path.String().
type Resource struct {
	Root    string // the root module's folder, slash-separated, relative to the scan root ("." for the root itself)
	Module  string // the module part of the address ("" in the root module), e.g. module.net["a"]
	Address string // the full instance address, e.g. module.net["a"].azurerm_subnet.s[0]
	Mode    Mode
	Type    string // azurerm_subnet
	Name    string // s

	Attrs   map[string]any
	Unknown []graph.Path
	Ranges  map[string]graph.Range // value ranges (the expression that gave the value)
	Keys    map[string]graph.Range // attribute names and block headers
	Refs    []Ref
	Range   graph.Range // the block header: resource "type" "name"

	Provider Provider
	Origin   []graph.Range // how the instance came to be, outermost first: the module calls, the plan entry
	Unsure   bool          // count or for_each is unknown: this one instance stands for all of them
}

// Ref is a reference from an attribute to another resource instance of the
// same root module: azurerm_subnet.aks.id read by default_node_pool[0].vnet_subnet_id.
type Ref struct {
	Path   graph.Path // where in Attrs the value that holds the reference sits
	Target string     // the referenced instance's address (data sources start with data.)
	Attr   graph.Path // the attribute of Target that was read: id, oidc_issuer_url, identity[0].principal_id
}

// Provider is what the configuration says about the provider of a
// resource's type.
type Provider struct {
	Name       string // azurerm, azapi
	Constraint string // required_providers version constraint, as written
	Locked     string // version in .terraform.lock.hcl, if any
	Major      int    // the major version the constraint or lock pins; 0 when unknown
}

// NodeID is the graph ID of the instance at address in the root module at
// root: the address itself for the scan root, else the folder and the
// address joined by a colon.
func NodeID(root, address string) string {
	if root == "" || root == "." {
		return address
	}
	return root + ":" + address
}

// IsUnknown reports whether the value at p, or a value that contains it, is
// unknown.
func (r *Resource) IsUnknown(p graph.Path) bool {
	for _, u := range r.Unknown {
		if p.HasPrefix(u) {
			return true
		}
	}
	return false
}

// Value returns the value at p and whether it is written.
func (r *Resource) Value(p graph.Path) (any, bool) {
	var v any = r.Attrs
	for _, s := range p {
		switch c := v.(type) {
		case map[string]any:
			x, ok := c[s]
			if !ok {
				return nil, false
			}
			v = x
		case []any:
			i, ok := index(s)
			if !ok || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func index(s string) (int, bool) {
	if s == "" || strings.TrimLeft(s, "0123456789") != "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n, true
}
