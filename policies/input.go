package policies

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/moatscan/moat/graph"
)

// Profile is what the user tells moat about the environment (the scan
// profile of .moat.yaml); rules read it as input.context. Catalog §8.7
// lists the knobs.
type Profile struct {
	Environment           string     `json:"environment" yaml:"environment"`                                       // prod (default) or dev
	NetworkIsolated       bool       `json:"network_isolated" yaml:"network_isolated"`                             // the manifests' cluster is meant to be isolated
	Cluster               string     `json:"cluster,omitempty" yaml:"cluster"`                                     // node ID or name of the cluster the manifests deploy to
	IsolationTag          string     `json:"isolation_tag" yaml:"isolation_tag"`                                   // tag that marks a cluster as isolated
	BuiltinStorageClasses []string   `json:"builtin_storage_classes" yaml:"builtin_storage_classes"`               // AKS classes without private endpoints (U8)
	DNSHubVNets           []string   `json:"dns_hub_vnets" yaml:"dns_hub_vnets"`                                   // VNets (names or IDs) that resolve DNS for the clusters
	TransitivePeering     bool       `json:"transitive_peering" yaml:"transitive_peering"`                         // accept VNets peered through a third one
	UnsupportedExtensions []string   `json:"unsupported_extensions" yaml:"unsupported_extensions"`                 // extension types isolated clusters do not support (U2)
	CertExpiryDays        int        `json:"cert_expiry_days" yaml:"cert_expiry_days"`                             // warn this many days before a certificate expires
	PolicyManagedDNSZones bool       `json:"policy_managed_dns_zone_groups" yaml:"policy_managed_dns_zone_groups"` // Azure Policy adds DNS zone groups after deployment
	Unverified            Unverified `json:"unverified" yaml:"unverified"`                                         // switches for the catalog's unverified items (§7)

	// Manifests maps sets of manifests to the cluster each deploys to,
	// where the one cluster above does not fit them all. The pipeline
	// records the result on the objects; rules do not read this field.
	Manifests []ManifestSet `json:"-" yaml:"manifests"`
}

// ManifestSet is a set of Kubernetes manifests, by path pattern, and the
// cluster they deploy to.
type ManifestSet struct {
	Paths           []string `yaml:"paths"`            // --exclude style patterns, relative to the scan root
	Cluster         string   `yaml:"cluster"`          // node ID or resource name of the cluster
	NetworkIsolated bool     `yaml:"network_isolated"` // that cluster is meant to be network isolated
}

// Unverified holds the switches for the catalog's UNVERIFIED items (§7).
// Each defaults to the catalog's advice.
type Unverified struct {
	BlockOutboundType        bool `json:"block_outbound_type" yaml:"block_outbound_type"`                 // U1: outbound type "block" isolates
	CLITLSKeys               bool `json:"cli_tls_keys" yaml:"cli_tls_keys"`                               // U3: accept the CLI-level TLS keys; warn on file paths
	SettingKeysCaseSensitive bool `json:"setting_keys_case_sensitive" yaml:"setting_keys_case_sensitive"` // U4: mis-cased extension keys are ignored
	ARMNetworkPluginNote     bool `json:"arm_network_plugin_note" yaml:"arm_network_plugin_note"`         // U5: note an absent ARM network plugin
	OIDCServiceDefault134    bool `json:"oidc_service_default_1_34" yaml:"oidc_service_default_1_34"`     // U6: AKS 1.34+ turns the OIDC issuer on by default
	HBIWorkspaceIdentity     bool `json:"hbi_workspace_identity" yaml:"hbi_workspace_identity"`           // U7: the workspace identity may hold the HBI roles
	UseAnnotationIgnored     bool `json:"use_annotation_ignored" yaml:"use_annotation_ignored"`           // U12: the webhook ignores the annotation form
}

// DefaultProfile is the profile of a scan without configuration.
func DefaultProfile() Profile {
	return Profile{
		Environment:  "prod",
		IsolationTag: "network-isolated",
		BuiltinStorageClasses: []string{"azurefile", "azurefile-csi", "azurefile-premium",
			"azurefile-csi-premium", "azureblob-fuse-premium", "azureblob-nfs-premium"},
		DNSHubVNets: []string{},
		UnsupportedExtensions: []string{"microsoft.dapr", "microsoft.appconfiguration", "microsoft.azureml.kubernetes",
			"microsoft.flux", "microsoft.azurecontainerstorage", "microsoft.dataprotection.kubernetes"},
		CertExpiryDays: 30,
		Unverified: Unverified{BlockOutboundType: true, CLITLSKeys: true, SettingKeysCaseSensitive: true,
			ARMNetworkPluginNote: true, OIDCServiceDefault134: true, HBIWorkspaceIdentity: true, UseAnnotationIgnored: true},
	}
}

// Context is the scan-wide input beside the graph.
type Context struct {
	Profile          Profile
	Cluster          string    // node ID of the cluster the manifests deploy to; "" when none is known
	ClusterHeuristic bool      // Cluster was chosen because it is the only one in the scan
	Now              time.Time // the clock certificate expiry is measured against; zero means time.Now()
	IsolatedClusters []string  // node IDs of the clusters the profile marks as network isolated
}

// Input builds the value every rule evaluates:
//
//	nodes:   {id: {id, type, name, namespace, format, attrs, unknown, facts}}
//	edges:   [{from, to, kind, heuristic, attr, target}]
//	index:   by_type {lower(type): [id]}, objects {kind: {namespace: {name: [id]}}},
//	         namespaces {ns: true}, out {from: {kind: [to]}}, in {to: {kind: [from]}},
//	         edges_out {from: [position in edges]}, edges_in {to: [position]}
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
	for i, e := range g.Edges() {
		idx.edge(i, e)
		edges = append(edges, map[string]any{"from": e.From, "to": e.To, "kind": e.Kind, "heuristic": e.Heuristic, "attr": toAny(e.Attr), "target": toAny(e.Target)})
		idx.link(e)
	}
	ctx, err := contextValue(c)
	if err != nil {
		return nil, err
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
	edgesOut   map[string][]any // node ID → positions in input.edges of the edges from it
	edgesIn    map[string][]any // node ID → positions of the edges to it
	byType     map[string][]string
	objects    map[string]map[string]map[string][]string
	namespaces map[string]bool
	out, in    map[string]map[string][]string
}

func newIndex() *index {
	return &index{edgesOut: map[string][]any{}, edgesIn: map[string][]any{}, byType: map[string][]string{}, objects: map[string]map[string]map[string][]string{},
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

func (x *index) edge(i int, e graph.Edge) {
	x.edgesOut[e.From] = append(x.edgesOut[e.From], i)
	x.edgesIn[e.To] = append(x.edgesIn[e.To], i)
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
		"out": nestedListMap(x.out), "in": nestedListMap(x.in), "edges_out": anyMap(x.edgesOut), "edges_in": anyMap(x.edgesIn)}
}

func listMap(m map[string][]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = sortedAny(v)
	}
	return out
}

func anyMap(m map[string][]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
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

// contextValue renders the profile as input.context: the profile's JSON
// field names, plus the cluster association and the clock.
func contextValue(c Context) (map[string]any, error) {
	var ctx map[string]any
	b, err := json.Marshal(c.Profile)
	if err == nil {
		err = json.Unmarshal(b, &ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("render profile: %w", err)
	}
	delete(ctx, "cluster")
	for _, k := range []string{"builtin_storage_classes", "dns_hub_vnets", "unsupported_extensions"} {
		if ctx[k] == nil {
			ctx[k] = []any{}
		}
	}
	ctx["cluster_heuristic"] = c.ClusterHeuristic
	ctx["isolated_clusters"] = toAny(append([]string{}, c.IsolatedClusters...))
	now := c.Now
	if now.IsZero() {
		now = time.Now()
	}
	ctx["now"] = now.UTC().Format(time.RFC3339)
	return ctx, nil
}
