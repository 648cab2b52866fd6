package policies_test

import (
	"context"
	"fmt"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/policies"
)

// A workload whose pods use Workload ID but run as the default
// ServiceAccount: the engine reports AZR-WI-008 and Locate points it at the
// pod spec.
func Example() {
	ctx := context.Background()
	engine, err := policies.New(ctx, policies.Options{})
	if err != nil {
		panic(err)
	}
	g := graph.New()
	w := &graph.Node{
		ID: "apps/v1/Deployment/default/ai", Type: "apps/v1/Deployment", Name: "ai", Namespace: "default",
		Format: graph.Kubernetes,
		Attrs: map[string]any{"apiVersion": "apps/v1", "kind": "Deployment", "spec": map[string]any{"template": map[string]any{
			"metadata": map[string]any{"labels": map[string]any{"azure.workload.identity/use": "true"}},
			"spec":     map[string]any{"containers": []any{}},
		}}},
		Facts: map[string]any{"pod_template": []any{"spec", "template"}, "service_account": "default",
			"service_account_path": []any{"spec", "template", "spec", "serviceAccountName"}},
		Range: graph.Range{Filename: "ai.yaml", Start: graph.Pos{Line: 1, Column: 1}},
	}
	w.SetKeyRange(graph.P("spec", "template", "spec"), graph.Range{Filename: "ai.yaml", Start: graph.Pos{Line: 9, Column: 5, Byte: 120}})
	g.Add(w)
	in, err := policies.Input(g, policies.Context{Profile: policies.DefaultProfile()})
	if err != nil {
		panic(err)
	}
	raws, errs := engine.Eval(ctx, in)
	if len(errs) > 0 {
		panic(errs[0].Err)
	}
	for _, raw := range raws {
		f, err := policies.Locate(g, raw)
		if err != nil {
			panic(err)
		}
		fmt.Println(f.Location.Range, f.Level, f.RuleID)
	}
	// Output: ai.yaml:9:5 error AZR-WI-008
}
