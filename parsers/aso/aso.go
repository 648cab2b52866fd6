package aso

import (
	"strings"

	"github.com/moatscan/moat/graph"
)

// kind is one ASO resource kind and the ARM type it stands for.
type kind struct {
	group, kind, armType string
	owner                string // kind of the owner that the link below points to
	link                 string // edge kind from this resource to its owner
}

var kinds = []kind{
	{"containerservice.azure.com", "ManagedCluster", "Microsoft.ContainerService/managedClusters", "", ""},
	{"containerservice.azure.com", "ManagedClustersAgentPool", "Microsoft.ContainerService/managedClusters/agentPools", "ManagedCluster", "parent"},
	{"managedidentity.azure.com", "UserAssignedIdentity", "Microsoft.ManagedIdentity/userAssignedIdentities", "", ""},
	{"managedidentity.azure.com", "FederatedIdentityCredential", "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", "UserAssignedIdentity", "L14"},
	{"kubernetesconfiguration.azure.com", "Extension", "Microsoft.KubernetesConfiguration/extensions", "ManagedCluster", "L10"},
	{"cognitiveservices.azure.com", "Account", "Microsoft.CognitiveServices/accounts", "", ""},
}

// topLevel are the ARM body keys that sit beside properties, not in it.
var topLevel = map[string]bool{"location": true, "tags": true, "identity": true, "sku": true, "kind": true,
	"extendedLocation": true, "plan": true, "zones": true}

// dropped are ASO's own spec fields, not part of the ARM body.
var dropped = map[string]bool{"owner": true, "azureName": true, "operatorSpec": true}

// fromSecrets are spec fields ASO fills from a Secret or ConfigMap at run
// time: their ARM values are unknown.
var fromSecrets = map[string]string{"configurationProtectedSettings": "configurationProtectedSettings", "issuerFromConfig": "issuer"}

// IDPrefix starts the ID of every derived node: "arm:" and the object's ID.
const IDPrefix = "arm:"

// Derive returns one ARM-typed node for every ASO object among nodes, and
// the owner links between them.
func Derive(nodes []*graph.Node) ([]*graph.Node, []graph.Edge) {
	type owned struct {
		node  *graph.Node
		ns    string
		k     kind
		owner map[string]any
	}
	byName := map[[3]string]*graph.Node{}
	var derived []*graph.Node
	var pending []owned
	for _, n := range nodes {
		k, ok := match(n)
		if !ok {
			continue
		}
		d := derive(n, k)
		derived = append(derived, d)
		byName[[3]string{k.kind, n.Namespace, n.Name}] = d
		if spec, _ := n.Attrs["spec"].(map[string]any); spec != nil && k.owner != "" {
			owner, _ := spec["owner"].(map[string]any)
			pending = append(pending, owned{d, n.Namespace, k, owner})
		}
	}
	var edges []graph.Edge
	for _, p := range pending {
		name, _ := p.owner["name"].(string)
		if ownerKind, _ := p.owner["kind"].(string); ownerKind != "" && ownerKind != p.k.owner {
			continue
		}
		if to := byName[[3]string{p.k.owner, p.ns, name}]; to != nil && name != "" {
			edges = append(edges, graph.Edge{From: p.node.ID, To: to.ID, Kind: p.k.link, Attr: graph.P("owner")})
		}
	}
	return derived, edges
}

// match reports whether n is an ASO object moat maps.
func match(n *graph.Node) (kind, bool) {
	if n.Format != graph.Kubernetes {
		return kind{}, false
	}
	api, _ := n.Attrs["apiVersion"].(string)
	k, _ := n.Attrs["kind"].(string)
	group, _, _ := strings.Cut(api, "/")
	for _, c := range kinds {
		if c.group == group && c.kind == k {
			return c, true
		}
	}
	return kind{}, false
}
