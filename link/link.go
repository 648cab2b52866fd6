package link

import (
	"regexp"
	"strings"

	"github.com/moatscan/moat/graph"
)

// Edge kinds outside the catalog's L01–L21.
const (
	KindReference    = "reference"     // a workload reads a Secret or ConfigMap; an attribute refers to another resource
	KindStorageClass = "storage-class" // a claim names a StorageClass
	KindSubject      = "L14-subject"   // a federated credential's subject names a ServiceAccount
)

// Resolve adds every link it can resolve to g.
func Resolve(g *graph.Graph) {
	mergeUpdates(g)
	linkAttributes(g)
	ix := newIndex(g)
	for _, n := range g.Nodes() {
		switch {
		case n.IsKubernetes():
			linkWorkload(g, ix, n)
			linkClaim(g, ix, n)
		case strings.EqualFold(n.Type, ficType):
			linkSubject(g, ix, n)
		case strings.EqualFold(n.Type, extensionType):
			linkSSLSecret(g, ix, n)
		}
	}
}

const (
	ficType       = "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"
	extensionType = "Microsoft.KubernetesConfiguration/extensions"
	accountType   = "Microsoft.CognitiveServices/accounts"
	clusterType   = "Microsoft.ContainerService/managedClusters"
)

// index finds Kubernetes objects by kind, namespace and name, and Azure
// OpenAI accounts by custom subdomain.
type index struct {
	objects  map[[3]string][]*graph.Node
	accounts map[string][]*graph.Node
}

func newIndex(g *graph.Graph) *index {
	ix := &index{objects: map[[3]string][]*graph.Node{}, accounts: map[string][]*graph.Node{}}
	for _, n := range g.Nodes() {
		if n.IsKubernetes() {
			kind, _ := n.Attrs["kind"].(string)
			key := [3]string{kind, n.Namespace, n.Name}
			ix.objects[key] = append(ix.objects[key], n)
			continue
		}
		if strings.EqualFold(n.Type, accountType) {
			if sub, ok := str(n.Attrs, "properties", "customSubDomainName"); ok && !n.IsUnknown(graph.P("properties", "customSubDomainName")) {
				ix.accounts[strings.ToLower(sub)] = append(ix.accounts[strings.ToLower(sub)], n)
			}
		}
	}
	return ix
}

func (ix *index) find(kind, ns, name string) []*graph.Node {
	return ix.objects[[3]string{kind, ns, name}]
}

var subjectPattern = regexp.MustCompile(`^system:serviceaccount:([a-z0-9.-]+):([a-z0-9.-]+)$`)

// linkSubject: federated credential → the ServiceAccount its subject names.
func linkSubject(g *graph.Graph, ix *index, fic *graph.Node) {
	p := graph.P("properties", "subject")
	s, ok := str(fic.Attrs, p...)
	if !ok || fic.IsUnknown(p) {
		return
	}
	m := subjectPattern.FindStringSubmatch(s)
	if m == nil {
		return
	}
	for _, sa := range ix.find("ServiceAccount", m[1], m[2]) {
		g.Link(graph.Edge{From: fic.ID, To: sa.ID, Kind: KindSubject, Attr: p})
	}
}

// linkSSLSecret: Azure ML extension → Secret azureml/<sslSecret> (L11).
func linkSSLSecret(g *graph.Graph, ix *index, ext *graph.Node) {
	for _, key := range []string{"sslSecret", "scoringFe.sslSecret"} {
		p := graph.P("properties", "configurationSettings", key)
		name, ok := str(ext.Attrs, p...)
		if !ok || ext.IsUnknown(p) {
			continue
		}
		for _, s := range ix.find("Secret", "azureml", name) {
			g.Link(graph.Edge{From: ext.ID, To: s.ID, Kind: "L11", Attr: p})
		}
	}
}

// str reads a string at a path of plain data.
func str(v any, path ...string) (string, bool) {
	for _, step := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return "", false
		}
		v = m[step]
	}
	s, ok := v.(string)
	return s, ok
}
