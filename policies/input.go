package policies

import (
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/moatscan/moat/graph"
)

// Profile is what the user tells moat about the environment (the scan
// profile of .moat.yaml); rules read it as input.context.
type Profile struct {
	Environment           string   `json:"environment" yaml:"environment"`                         // prod (default) or dev
	NetworkIsolated       bool     `json:"network_isolated" yaml:"network_isolated"`               // the manifests' cluster is meant to be isolated
	Cluster               string   `json:"cluster,omitempty" yaml:"cluster"`                       // node ID or name of the cluster the manifests deploy to
	IsolationTag          string   `json:"isolation_tag" yaml:"isolation_tag"`                     // tag that marks a cluster as isolated
	BuiltinStorageClasses []string `json:"builtin_storage_classes" yaml:"builtin_storage_classes"` // AKS classes without private endpoints
}

// DefaultProfile is the profile of a scan without configuration.
func DefaultProfile() Profile {
	return Profile{
		Environment:  "prod",
		IsolationTag: "network-isolated",
		BuiltinStorageClasses: []string{"azurefile", "azurefile-csi", "azurefile-premium",
			"azurefile-csi-premium", "azureblob-fuse-premium", "azureblob-nfs-premium"},
	}
}

// Context is the scan-wide input beside the graph.
type Context struct {
	Profile          Profile
	Cluster          string // node ID of the cluster the manifests deploy to; "" when none is known
	ClusterHeuristic bool   // Cluster was chosen because it is the only one in the scan
}

// Input builds the value every rule evaluates:
//
//	nodes:   {id: {id, type, name, namespace, format, attrs, unknown, facts}}
//	edges:   [{from, to, kind, heuristic, attr, target}]
//	index:   by_type {lower(type): [id]}, objects {kind: {namespace: {name: [id]}}},
//	         namespaces {ns: true}, out {from: {kind: [to]}}, in {to: {kind: [from]}}
//	context: the profile, cluster and cluster_heuristic
//
// Index lists are sorted so that evaluation is deterministic.
func Input(g *graph.Graph, c Context) (ast.Value, error) {
	nodes := make(map[string]any, g.Len())
	idx := newIndex()
	for _, n := range g.Nodes() {
		nodes[n.ID] = nodeValue(n)
		idx.add(n)
	}
	edges := make([]any, 0)
	for _, e := range g.Edges() {
		edges = append(edges, map[string]any{"from": e.From, "to": e.To, "kind": e.Kind, "heuristic": e.Heuristic, "attr": toAny(e.Attr), "target": toAny(e.Target)})
		idx.link(e)
	}
	ctx := map[string]any{
		"environment":             c.Profile.Environment,
		"network_isolated":        c.Profile.NetworkIsolated,
		"isolation_tag":           c.Profile.IsolationTag,
		"builtin_storage_classes": toAny(c.Profile.BuiltinStorageClasses),
		"cluster_heuristic":       c.ClusterHeuristic,
	}
	if c.Cluster != "" {
		ctx["cluster"] = c.Cluster
	}
	v, err := ast.InterfaceToValue(map[string]any{"nodes": nodes, "edges": edges, "index": idx.value(), "context": ctx})
	if err != nil {
		return nil, fmt.Errorf("build policy input: %w", err)
	}
	return v, nil
}

func nodeValue(n *graph.Node) map[string]any {
	unknown := make([]any, len(n.Unknown))
	for i, p := range n.Unknown {
		unknown[i] = toAny(p)
	}
	attrs, facts := n.Attrs, n.Facts
	if attrs == nil {
		attrs = map[string]any{}
	}
	if facts == nil {
		facts = map[string]any{}
	}
	return map[string]any{"id": n.ID, "type": n.Type, "name": n.Name, "namespace": n.Namespace,
		"format": string(n.Format), "attrs": attrs, "unknown": unknown, "facts": facts}
}

type index struct {
	byType     map[string][]string
	objects    map[string]map[string]map[string][]string
	namespaces map[string]bool
	out, in    map[string]map[string][]string
}

func newIndex() *index {
	return &index{byType: map[string][]string{}, objects: map[string]map[string]map[string][]string{},
		namespaces: map[string]bool{}, out: map[string]map[string][]string{}, in: map[string]map[string][]string{}}
}

func (x *index) add(n *graph.Node) {
	t := strings.ToLower(n.Type)
	x.byType[t] = append(x.byType[t], n.ID)
	if !n.IsKubernetes() {
		return
	}
	kind, _ := n.Attrs["kind"].(string)
	byNS := x.objects[kind]
	if byNS == nil {
		byNS = map[string]map[string][]string{}
		x.objects[kind] = byNS
	}
	if byNS[n.Namespace] == nil {
		byNS[n.Namespace] = map[string][]string{}
	}
	byNS[n.Namespace][n.Name] = append(byNS[n.Namespace][n.Name], n.ID)
	if n.Namespace != "" {
		x.namespaces[n.Namespace] = true
	}
}

func (x *index) link(e graph.Edge) {
	addTo(x.out, e.From, e.Kind, e.To)
	addTo(x.in, e.To, e.Kind, e.From)
}

func addTo(m map[string]map[string][]string, a, kind, b string) {
	if m[a] == nil {
		m[a] = map[string][]string{}
	}
	m[a][kind] = append(m[a][kind], b)
}

func (x *index) value() map[string]any {
	objects := map[string]any{}
	for kind, byNS := range x.objects {
		nss := map[string]any{}
		for ns, byName := range byNS {
			names := map[string]any{}
			for name, ids := range byName {
				names[name] = sortedAny(ids)
			}
			nss[ns] = names
		}
		objects[kind] = nss
	}
	namespaces := map[string]any{}
	for ns := range x.namespaces {
		namespaces[ns] = true
	}
	return map[string]any{"by_type": listMap(x.byType), "objects": objects, "namespaces": namespaces,
		"out": nestedListMap(x.out), "in": nestedListMap(x.in)}
}

func listMap(m map[string][]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = sortedAny(v)
	}
	return out
}

func nestedListMap(m map[string]map[string][]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = listMap(v)
	}
	return out
}

func sortedAny(s []string) []any {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return toAny(c)
}

func toAny[S ~[]string](s S) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
