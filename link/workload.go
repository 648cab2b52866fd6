package link

import (
	"regexp"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/kubernetes"
)

// linkWorkload: workload → ServiceAccount (L16), → Secrets and ConfigMaps
// it reads, → Azure OpenAI accounts its environment points at (L20).
func linkWorkload(g *graph.Graph, ix *index, w *graph.Node) {
	if _, ok := kubernetes.TemplatePath(w); !ok {
		return
	}
	if sa, ok := w.Facts["service_account"].(string); ok {
		for _, n := range ix.find("ServiceAccount", w.Namespace, sa) {
			g.Link(graph.Edge{From: w.ID, To: n.ID, Kind: "L16", Attr: saPath(w)})
		}
	}
	for _, c := range kubernetes.Containers(w) {
		linkContainer(g, ix, w, c)
	}
}

func linkContainer(g *graph.Graph, ix *index, w *graph.Node, c kubernetes.Container) {
	env, _ := c.Spec["env"].([]any)
	for i, e := range env {
		em, _ := e.(map[string]any)
		p := c.Path.Append("env", i)
		for field, kind := range map[string]string{"secretKeyRef": "Secret", "configMapKeyRef": "ConfigMap"} {
			if name, ok := str(em, "valueFrom", field, "name"); ok {
				linkObjects(g, ix, w, kind, name, p.Append("valueFrom", field))
			}
		}
		if v, ok := em["value"].(string); ok && !w.IsUnknown(p.Append("value")) {
			linkAccount(g, ix, w, v, p.Append("value"))
		}
	}
	from, _ := c.Spec["envFrom"].([]any)
	for i, f := range from {
		for field, kind := range map[string]string{"secretRef": "Secret", "configMapRef": "ConfigMap"} {
			if name, ok := str(f, field, "name"); ok {
				linkObjects(g, ix, w, kind, name, c.Path.Append("envFrom", i, field))
			}
		}
	}
}

func linkObjects(g *graph.Graph, ix *index, w *graph.Node, kind, name string, p graph.Path) {
	for _, n := range ix.find(kind, w.Namespace, name) {
		g.Link(graph.Edge{From: w.ID, To: n.ID, Kind: KindReference, Attr: p})
	}
}

var endpoint = regexp.MustCompile(`(?i)https://([a-z0-9][a-z0-9-]*)\.(?:openai\.azure\.com|cognitiveservices\.azure\.com)`)

// linkAccount: an Azure OpenAI endpoint in an env value → the account with
// that custom subdomain (L20). Heuristic: an endpoint is only a string.
func linkAccount(g *graph.Graph, ix *index, w *graph.Node, v string, p graph.Path) {
	for _, m := range endpoint.FindAllStringSubmatch(v, -1) {
		for _, a := range ix.accounts[strings.ToLower(m[1])] {
			g.Link(graph.Edge{From: w.ID, To: a.ID, Kind: "L20", Heuristic: true, Attr: p})
		}
	}
}

// linkClaim: PersistentVolumeClaim or StatefulSet claim template → StorageClass.
func linkClaim(g *graph.Graph, ix *index, n *graph.Node) {
	kind, _ := n.Attrs["kind"].(string)
	var paths []graph.Path
	switch kind {
	case "PersistentVolumeClaim":
		paths = append(paths, graph.P("spec", "storageClassName"))
	case "StatefulSet":
		tmpls, _ := get(n.Attrs, "spec", "volumeClaimTemplates").([]any)
		for i := range tmpls {
			paths = append(paths, graph.P("spec", "volumeClaimTemplates", i, "spec", "storageClassName"))
		}
	}
	for _, p := range paths {
		if name, ok := get(n.Attrs, p...).(string); ok && !n.IsUnknown(p) {
			for _, sc := range ix.find("StorageClass", "", name) {
				g.Link(graph.Edge{From: n.ID, To: sc.ID, Kind: KindStorageClass, Attr: p})
			}
		}
	}
}

func saPath(w *graph.Node) graph.Path {
	p, _ := kubernetes.FactPath(w, "service_account_path")
	return p
}

// get reads a value at a path of plain data; index steps read arrays.
func get(v any, path ...string) any {
	v, _ = graph.Lookup(v, path)
	return v
}
