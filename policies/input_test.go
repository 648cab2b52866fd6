package policies

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/moatscan/moat/graph"
)

func testGraph() *graph.Graph {
	g := graph.New()
	add := func(n *graph.Node) { g.Add(n) }
	add(&graph.Node{ID: "v1/ServiceAccount/default/ai", Type: "v1/ServiceAccount", Name: "ai", Namespace: "default",
		Format: graph.Kubernetes, Attrs: map[string]any{"kind": "ServiceAccount"}})
	add(&graph.Node{ID: "apps/v1/Deployment/default/ai", Type: "apps/v1/Deployment", Name: "ai", Namespace: "default",
		Format: graph.Kubernetes, Attrs: map[string]any{"kind": "Deployment"}, Unknown: []graph.Path{graph.P("spec", "replicas")}})
	add(&graph.Node{ID: "storage.k8s.io/v1/StorageClass/files", Type: "storage.k8s.io/v1/StorageClass", Name: "files",
		Format: graph.Kubernetes, Attrs: map[string]any{"kind": "StorageClass"}})
	add(&graph.Node{ID: "aks", Type: "Microsoft.ContainerService/managedClusters", Name: "aks", Format: graph.Terraform,
		Attrs: map[string]any{"properties": map[string]any{}}})
	g.Link(graph.Edge{From: "apps/v1/Deployment/default/ai", To: "v1/ServiceAccount/default/ai", Kind: "L16"})
	return g
}

// TestIndexMatchesRegoBuilder keeps the index Go computes and the one the
// Rego test builders compute (lib/testing_test.rego) the same, so policy
// tests see the input the engine gives.
func TestIndexMatchesRegoBuilder(t *testing.T) {
	g := testGraph()
	in, err := Input(g, Context{Profile: DefaultProfile()})
	if err != nil {
		t.Fatal(err)
	}
	mods, err := parseModules(os.DirFS("."), true)
	if err != nil {
		t.Fatal(err)
	}
	r := rego.New(
		rego.Compiler(mustCompile(t, mods)),
		rego.Query(`data.lib.testing.index([n | some n in input.nodes], input.edges)`),
		rego.ParsedInput(in),
	)
	rs, err := r.Eval(context.Background())
	if err != nil || len(rs) != 1 {
		t.Fatalf("eval: %v (%d results)", err, len(rs))
	}
	got := rs[0].Expressions[0].Value
	want, err := ast.JSON(in.(ast.Object).Get(ast.StringTerm("index")).Value)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("index (-go +rego):\n%s", diff)
	}
}

// TestContextMatchesRegoBuilder keeps the default profile and the context
// the Rego test builders use the same.
func TestContextMatchesRegoBuilder(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	in, err := Input(graph.New(), Context{Profile: DefaultProfile(), Now: now})
	if err != nil {
		t.Fatal(err)
	}
	mods, err := parseModules(os.DirFS("."), true)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rego.New(rego.Compiler(mustCompile(t, mods)), rego.Query(`data.lib.testing.default_context`)).Eval(context.Background())
	if err != nil || len(rs) != 1 {
		t.Fatalf("eval: %v (%d results)", err, len(rs))
	}
	want, err := ast.JSON(in.(ast.Object).Get(ast.StringTerm("context")).Value)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, rs[0].Expressions[0].Value); diff != "" {
		t.Errorf("context (-go +rego):\n%s", diff)
	}
}

func mustCompile(t *testing.T, mods map[string]*ast.Module) *ast.Compiler {
	t.Helper()
	c, err := compile(mods)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestInputShape(t *testing.T) {
	in, err := Input(testGraph(), Context{Profile: DefaultProfile(), Cluster: "aks", ClusterHeuristic: true})
	if err != nil {
		t.Fatal(err)
	}
	v, err := ast.JSON(in)
	if err != nil {
		t.Fatal(err)
	}
	m := v.(map[string]any)
	dep := m["nodes"].(map[string]any)["apps/v1/Deployment/default/ai"].(map[string]any)
	if diff := cmp.Diff([]any{[]any{"spec", "replicas"}}, dep["unknown"]); diff != "" {
		t.Errorf("unknown (-want +got):\n%s", diff)
	}
	ctx := m["context"].(map[string]any)
	if ctx["cluster"] != "aks" || ctx["cluster_heuristic"] != true || ctx["environment"] != "prod" {
		t.Errorf("context = %v", ctx)
	}
	ns := m["index"].(map[string]any)["namespaces"]
	if diff := cmp.Diff(map[string]any{"default": true}, ns); diff != "" {
		t.Errorf("namespaces (-want +got):\n%s", diff)
	}
}
