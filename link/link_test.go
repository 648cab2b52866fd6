package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func k8s(kind, ns, name string, attrs map[string]any, facts map[string]any) *graph.Node {
	attrs["kind"] = kind
	return &graph.Node{ID: kind + "/" + ns + "/" + name, Type: "v1/" + kind, Name: name, Namespace: ns,
		Format: graph.Kubernetes, Attrs: attrs, Facts: facts}
}

func deployment(ns string, sa string, container map[string]any) *graph.Node {
	return k8s("Deployment", ns, "ai", map[string]any{"spec": map[string]any{"template": map[string]any{
		"spec": map[string]any{"serviceAccountName": sa, "containers": []any{container}}}}},
		map[string]any{"pod_template": []any{"spec", "template"}, "service_account": sa,
			"service_account_path": []any{"spec", "template", "spec", "serviceAccountName"}})
}

func azure(typ, name string, attrs map[string]any) *graph.Node {
	return &graph.Node{ID: typ + "/" + name, Type: typ, Name: name, Format: graph.Terraform, Attrs: attrs}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name  string
		nodes []*graph.Node
		want  []graph.Edge
	}{
		{"service account", []*graph.Node{
			deployment("default", "ai-sa", map[string]any{}),
			k8s("ServiceAccount", "default", "ai-sa", map[string]any{}, nil),
			k8s("ServiceAccount", "prod", "ai-sa", map[string]any{}, nil),
		}, []graph.Edge{{From: "Deployment/default/ai", To: "ServiceAccount/default/ai-sa", Kind: "L16",
			Attr: graph.P("spec", "template", "spec", "serviceAccountName")}}},
		{"secret and config map references", []*graph.Node{
			deployment("default", "x", map[string]any{
				"env":     []any{map[string]any{"name": "K", "valueFrom": map[string]any{"secretKeyRef": map[string]any{"name": "s", "key": "k"}}}},
				"envFrom": []any{map[string]any{"configMapRef": map[string]any{"name": "c"}}},
			}),
			k8s("Secret", "default", "s", map[string]any{}, nil),
			k8s("ConfigMap", "default", "c", map[string]any{}, nil),
		}, []graph.Edge{
			{From: "Deployment/default/ai", To: "ConfigMap/default/c", Kind: KindReference, Attr: graph.P("spec", "template", "spec", "containers", 0, "envFrom", 0, "configMapRef")},
			{From: "Deployment/default/ai", To: "Secret/default/s", Kind: KindReference, Attr: graph.P("spec", "template", "spec", "containers", 0, "env", 0, "valueFrom", "secretKeyRef")},
		}},
		{"openai endpoint", []*graph.Node{
			deployment("default", "x", map[string]any{"env": []any{map[string]any{"name": "AZURE_OPENAI_ENDPOINT", "value": "https://AOAI-Store.openai.azure.com/"}}}),
			azure(accountType, "aoai", map[string]any{"properties": map[string]any{"customSubDomainName": "aoai-store"}}),
		}, []graph.Edge{{From: "Deployment/default/ai", To: accountType + "/aoai", Kind: "L20", Heuristic: true,
			Attr: graph.P("spec", "template", "spec", "containers", 0, "env", 0, "value")}}},
		{"federated subject", []*graph.Node{
			azure(ficType, "fic", map[string]any{"properties": map[string]any{"subject": "system:serviceaccount:default:ai-sa"}}),
			k8s("ServiceAccount", "default", "ai-sa", map[string]any{}, nil),
		}, []graph.Edge{{From: ficType + "/fic", To: "ServiceAccount/default/ai-sa", Kind: KindSubject, Attr: graph.P("properties", "subject")}}},
		{"malformed subject", []*graph.Node{
			azure(ficType, "fic", map[string]any{"properties": map[string]any{"subject": "ai-sa"}}),
			k8s("ServiceAccount", "default", "ai-sa", map[string]any{}, nil),
		}, nil},
		{"ssl secret", []*graph.Node{
			azure(extensionType, "aml", map[string]any{"properties": map[string]any{"configurationSettings": map[string]any{"sslSecret": "tls"}}}),
			k8s("Secret", "azureml", "tls", map[string]any{}, nil),
			k8s("Secret", "default", "tls", map[string]any{}, nil),
		}, []graph.Edge{{From: extensionType + "/aml", To: "Secret/azureml/tls", Kind: "L11", Attr: graph.P("properties", "configurationSettings", "sslSecret")}}},
		{"storage class", []*graph.Node{
			k8s("PersistentVolumeClaim", "default", "data", map[string]any{"spec": map[string]any{"storageClassName": "files"}}, nil),
			k8s("StorageClass", "", "files", map[string]any{}, nil),
		}, []graph.Edge{{From: "PersistentVolumeClaim/default/data", To: "StorageClass//files", Kind: KindStorageClass, Attr: graph.P("spec", "storageClassName")}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := graph.New()
			for _, n := range tc.nodes {
				g.Add(n)
			}
			Resolve(g)
			if diff := cmp.Diff(tc.want, g.Edges()); diff != "" {
				t.Errorf("edges (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnknownDoesNotLink(t *testing.T) {
	g := graph.New()
	fic := azure(ficType, "fic", map[string]any{"properties": map[string]any{"subject": "system:serviceaccount:default:ai-sa"}})
	fic.Unknown = []graph.Path{graph.P("properties")}
	g.Add(fic)
	g.Add(k8s("ServiceAccount", "default", "ai-sa", map[string]any{}, nil))
	Resolve(g)
	if len(g.Edges()) != 0 {
		t.Errorf("edges = %v, want none", g.Edges())
	}
}

func TestCluster(t *testing.T) {
	one := azure(clusterType, "aks", map[string]any{})
	two := azure(clusterType, "aks2", map[string]any{})
	tests := []struct {
		name      string
		nodes     []*graph.Node
		want      string
		id        string
		heuristic bool
		diags     int
	}{
		{"none", nil, "", "", false, 0},
		{"only one", []*graph.Node{one}, "", one.ID, true, 0},
		{"two", []*graph.Node{one, two}, "", "", false, 0},
		{"named", []*graph.Node{one, two}, "aks2", two.ID, false, 0},
		{"named by id", []*graph.Node{one, two}, one.ID, one.ID, false, 0},
		{"named but absent", []*graph.Node{one}, "aks9", "", false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := graph.New()
			for _, n := range tc.nodes {
				g.Add(n)
			}
			id, h, ds := Cluster(g, tc.want, graph.Range{Filename: ".moat.yaml"})
			if id != tc.id || h != tc.heuristic || len(ds) != tc.diags {
				t.Errorf("got %q %v %v", id, h, ds)
			}
		})
	}
}
