package kubernetes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestContainers(t *testing.T) {
	src := `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          initContainers: [{name: init}]
          containers: [{name: main}, {name: side}]
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  ephemeralContainers: [{name: debug}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: m}
`
	nodes, ds := Parse("c.yaml", []byte(src), Options{})
	if len(ds) != 0 || len(nodes) != 3 {
		t.Fatalf("nodes %d, diagnostics %v", len(nodes), ds)
	}
	var got []string
	for _, n := range nodes {
		for _, c := range Containers(n) {
			got = append(got, c.Spec["name"].(string)+" "+c.Path.String())
		}
	}
	want := []string{
		"init spec.jobTemplate.spec.template.spec.initContainers[0]",
		"main spec.jobTemplate.spec.template.spec.containers[0]",
		"side spec.jobTemplate.spec.template.spec.containers[1]",
		"debug spec.ephemeralContainers[0]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, ok := TemplatePath(nodes[2]); ok {
		t.Error("a ConfigMap has no pod template")
	}
}
