package graph

import "strings"

// Format names the language a node was declared in.
type Format string

// The formats moat reads.
const (
	Terraform  Format = "terraform"
	ARM        Format = "arm"
	Bicep      Format = "bicep"
	Kubernetes Format = "kubernetes"
	PEM        Format = "pem"
)

// Node is one resource or object. Attrs hold its body as plain data (maps
// with string keys, slices, strings, float64 or int64 numbers, booleans and
// nil). Ranges maps Path.String() of an attribute to where its value is
// written, Keys to where its key is; Range is the whole definition.
type Node struct {
	ID        string         // stable address, unique in the graph
	Type      string         // ARM type, or apiVersion/kind for Kubernetes
	Name      string         // resource or object name
	Namespace string         // Kubernetes namespace, defaulted; "" when cluster scoped or not Kubernetes
	Format    Format         // where it was declared
	Attrs     map[string]any // the body, as plain data
	Unknown   []Path         // attributes whose value cannot be known statically
	Facts     map[string]any // normalised facts the parser derived (pod template path, secret keys)
	Range     Range          // the definition: block header, resource object, YAML document
	Ranges    map[string]Range
	Keys      map[string]Range // where the key (or block header) of an attribute holding an object or list is written
	Origin    []Range          // the chain that produced the node (module call, parameter file), outermost first

	// Directives are instructions to moat written on the node itself
	// rather than in a comment: an ARM resource's metadata "moat:ignore"
	// entries. They never reach policies.
	Directives []Directive `json:"-"`

	// Sensitive holds secret material (decoded Secret data, key files) for
	// checks written in Go. It never reaches policies or reports.
	Sensitive map[string][]byte `json:"-"`
}

// Directive is the text of one instruction to moat and where it is
// written.
type Directive struct {
	Text  string
	Range Range
}

// IsKubernetes reports whether n is a Kubernetes object, as opposed to an
// Azure resource (ARM types start with "Microsoft.", which no Kubernetes
// API group does) declared in a Kubernetes manifest.
func (n *Node) IsKubernetes() bool {
	return n.Format == Kubernetes && !strings.HasPrefix(n.Type, "Microsoft.")
}

// SetRange records where the value at p is written.
func (n *Node) SetRange(p Path, r Range) {
	if n.Ranges == nil {
		n.Ranges = make(map[string]Range)
	}
	n.Ranges[p.String()] = r
}

// SetKeyRange records where the key of the attribute at p is written: a
// YAML or JSON key, an HCL block header or argument name.
func (n *Node) SetKeyRange(p Path, r Range) {
	if n.Keys == nil {
		n.Keys = make(map[string]Range)
	}
	n.Keys[p.String()] = r
}

// IsUnknown reports whether the value at p, or a value containing it, is
// unknown.
func (n *Node) IsUnknown(p Path) bool {
	for _, u := range n.Unknown {
		if p.HasPrefix(u) {
			return true
		}
	}
	return false
}

// Edge links two nodes. Kind is a link ID of the requirements catalog
// (L01–L21) or a descriptive name for links outside it. Heuristic marks a
// link inferred from a convention rather than an explicit reference; Attr
// is the attribute of From that makes the link, and Target the attribute of
// To that its value reads, when the link is a reference to one
// (azurerm_kubernetes_cluster.aks.oidc_issuer_url, aks.properties.oidcIssuerProfile.issuerURL).
type Edge struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Kind      string `json:"kind"`
	Heuristic bool   `json:"heuristic,omitempty"`
	Attr      Path   `json:"attr,omitempty"`
	Target    Path   `json:"target,omitempty"`
}

// CopyValue deep-copies attribute data (maps and lists of plain values),
// so that two nodes never share a map or list.
func CopyValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = CopyValue(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = CopyValue(e)
		}
		return out
	}
	return v
}
