package link

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func TestAssignClusters(t *testing.T) {
	shared := azure(clusterType, "shared", map[string]any{})
	iso := azure(clusterType, "iso", map[string]any{})
	a := k8s("ConfigMap", "default", "a", map[string]any{}, nil)
	a.Range.Filename = "k8s/isolated/a.yaml"
	b := k8s("ConfigMap", "default", "b", map[string]any{}, nil)
	b.Range.Filename = "k8s/shared/b.yaml"
	g := graph.New()
	for _, n := range []*graph.Node{shared, iso, a, b} {
		g.Add(n)
	}
	sets := []ManifestSet{
		{Match: func(f string) bool { return strings.HasPrefix(f, "k8s/isolated/") }, Cluster: "iso", Isolated: true},
		{Match: func(f string) bool { return strings.HasPrefix(f, "k8s/none/") }, Cluster: "missing"},
	}
	isolated, ds := AssignClusters(g, sets, shared.ID, true, false)
	if diff := cmp.Diff([]string{iso.ID}, isolated); diff != "" {
		t.Errorf("isolated (-want +got):\n%s", diff)
	}
	if len(ds) != 1 || !strings.Contains(ds[0].Summary, "missing") {
		t.Errorf("diagnostics = %v", ds)
	}
	want := map[string]any{"cluster": iso.ID, "heuristic": false, "isolated": true}
	if diff := cmp.Diff(want, a.Facts["deploys_to"]); diff != "" {
		t.Errorf("a (-want +got):\n%s", diff)
	}
	want = map[string]any{"cluster": shared.ID, "heuristic": true, "isolated": false}
	if diff := cmp.Diff(want, b.Facts["deploys_to"]); diff != "" {
		t.Errorf("b (-want +got):\n%s", diff)
	}
	if _, ok := shared.Facts["deploys_to"]; ok {
		t.Error("an Azure resource got a deployment")
	}
	c := k8s("ConfigMap", "default", "c", map[string]any{}, nil)
	g2 := graph.New()
	g2.Add(c)
	if _, ds := AssignClusters(g2, nil, "", false, false); ds != nil || c.Facts != nil {
		t.Error("without sets, objects are left alone")
	}
}
