package kubernetes

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

func TestIdentity(t *testing.T) {
	tests := []struct {
		name string
		src  string
		opts Options
		want []string // ID, then namespace
	}{
		{"namespaced", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ai-service}\n", Options{},
			[]string{"apps/v1/Deployment/default/ai-service", "default"}},
		{"explicit namespace", "apiVersion: v1\nkind: Secret\nmetadata: {name: azureml-tls, namespace: azureml}\n", Options{},
			[]string{"v1/Secret/azureml/azureml-tls", "azureml"}},
		{"default option", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", Options{DefaultNamespace: "team"},
			[]string{"v1/ConfigMap/team/c", "team"}},
		{"cluster scoped", "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: azurefile-pe, namespace: x}\n", Options{},
			[]string{"storage.k8s.io/v1/StorageClass/azurefile-pe", ""}},
		{"core cluster scoped", "apiVersion: v1\nkind: Namespace\nmetadata: {name: azureml}\n", Options{},
			[]string{"v1/Namespace/azureml", ""}},
		{"rbac", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: b}\n", Options{},
			[]string{"rbac.authorization.k8s.io/v1/ClusterRoleBinding/b", ""}},
		{"kind in other group", "apiVersion: example.com/v1\nkind: Namespace\nmetadata: {name: n}\n", Options{},
			[]string{"example.com/v1/Namespace/default/n", "default"}},
		{"custom resource", "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: tls}\n", Options{},
			[]string{"cert-manager.io/v1/Certificate/default/tls", "default"}},
		{"generate name", "apiVersion: batch/v1\nkind: Job\nmetadata: {generateName: run-}\n", Options{},
			[]string{"batch/v1/Job/default/run-", "default"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes, diags := Parse("f.yaml", []byte(tt.src), tt.opts)
			if len(nodes) != 1 || len(diags) != 0 {
				t.Fatalf("got %d nodes, diagnostics %v", len(nodes), diags)
			}
			n := nodes[0]
			if diff := cmp.Diff(tt.want, []string{n.ID, n.Namespace}); diff != "" {
				t.Errorf("identity (-want +got):\n%s", diff)
			}
			if n.Format != graph.Kubernetes || !strings.HasSuffix(n.ID, "/"+n.Name) || !strings.HasPrefix(n.ID, n.Type+"/") {
				t.Errorf("node %q: type %q, name %q, format %q", n.ID, n.Type, n.Name, n.Format)
			}
		})
	}
}

func TestUnnamed(t *testing.T) {
	src := "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {x: y}\n"
	nodes, diags := Parse("f.yaml", []byte(src), Options{})
	if len(nodes) != 2 {
		t.Fatalf("got %d nodes, want 2", len(nodes))
	}
	if got, want := nodes[1].ID, "v1/ConfigMap/default/<unnamed-2>"; got != want {
		t.Errorf("ID %q, want %q", got, want)
	}
	if len(diags) != 1 || diags[0].Code != graph.CodeK8sInvalid || diags[0].Severity != graph.Warning {
		t.Fatalf("diagnostics %v, want one k8s-object-invalid warning", diags)
	}
	if got, want := short(diags[0].Subject), "8:3-8:17 @98-112"; got != want {
		t.Errorf("subject %s, want %s (the metadata)", got, want)
	}
}

func TestTypedList(t *testing.T) {
	src := "apiVersion: v1\nkind: ServiceList\nitems:\n- metadata: {name: a}\n- kind: Endpoints\n  apiVersion: v1\n  metadata: {name: b}\n- 42\n"
	nodes, diags := Parse("f.yaml", []byte(src), Options{})
	var ids []string
	for _, n := range nodes {
		ids = append(ids, n.ID)
	}
	if diff := cmp.Diff([]string{"v1/Service/default/a", "v1/Endpoints/default/b"}, ids); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
	if len(diags) != 1 || diags[0].Code != graph.CodeK8sInvalid || short(diags[0].Subject) != "8:3-8:5 @121-123" {
		t.Errorf("diagnostics %v, want one for the scalar item", diags)
	}
	if r := nodes[1].Ranges["metadata.name"]; src[r.Start.Byte:r.End.Byte] != "b" {
		t.Errorf("item range %s does not cover the name", short(r))
	}
}

func TestWorkloadFacts(t *testing.T) {
	pod := "spec: {serviceAccountName: runner}"
	tests := []struct {
		name    string
		src     string
		want    []any // pod_template, service_account, service_account_path; nil when not a workload
		unknown bool
	}{
		{"pod", "apiVersion: v1\nkind: Pod\nspec: {serviceAccountName: runner}\n",
			[]any{[]any{}, "runner", []any{"spec", "serviceAccountName"}}, false},
		{"deployment", "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template: {" + pod + "}\n",
			[]any{[]any{"spec", "template"}, "runner", []any{"spec", "template", "spec", "serviceAccountName"}}, false},
		{"statefulset default", "apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  template: {spec: {containers: []}}\n",
			[]any{[]any{"spec", "template"}, "default", []any{"spec", "template", "spec", "serviceAccountName"}}, false},
		{"daemonset deprecated field", "apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template: {spec: {serviceAccount: old}}\n",
			[]any{[]any{"spec", "template"}, "old", []any{"spec", "template", "spec", "serviceAccount"}}, false},
		{"name wins over deprecated", "apiVersion: apps/v1\nkind: ReplicaSet\nspec:\n  template: {spec: {serviceAccount: old, serviceAccountName: new}}\n",
			[]any{[]any{"spec", "template"}, "new", []any{"spec", "template", "spec", "serviceAccountName"}}, false},
		{"job without spec", "apiVersion: batch/v1\nkind: Job\nspec:\n  template: {metadata: {}}\n",
			[]any{[]any{"spec", "template"}, "default", []any{"spec", "template", "spec", "serviceAccountName"}}, false},
		{"cronjob", "apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate: {spec: {template: {" + pod + "}}}\n",
			[]any{[]any{"spec", "jobTemplate", "spec", "template"}, "runner", []any{"spec", "jobTemplate", "spec", "template", "spec", "serviceAccountName"}}, false},
		{"pod template", "apiVersion: v1\nkind: PodTemplate\ntemplate: {" + pod + "}\n",
			[]any{[]any{"template"}, "runner", []any{"template", "spec", "serviceAccountName"}}, false},
		{"replication controller", "apiVersion: v1\nkind: ReplicationController\nspec:\n  template: {" + pod + "}\n",
			[]any{[]any{"spec", "template"}, "runner", []any{"spec", "template", "spec", "serviceAccountName"}}, false},
		{"rollout", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec:\n  template: {" + pod + "}\n",
			[]any{[]any{"spec", "template"}, "runner", []any{"spec", "template", "spec", "serviceAccountName"}}, false},
		{"placeholder account", "apiVersion: v1\nkind: Pod\nspec: {serviceAccountName: '${SA}'}\n",
			[]any{[]any{}, "${SA}", []any{"spec", "serviceAccountName"}}, true},
		{"template absent", "apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: 1}\n", nil, false},
		{"template not a mapping", "apiVersion: apps/v1\nkind: Deployment\nspec: {template: '${T}'}\n", nil, true},
		{"not a workload", "apiVersion: v1\nkind: Service\nspec:\n  template: {" + pod + "}\n", nil, false},
		{"deployment elsewhere", "apiVersion: example.com/v1\nkind: Deployment\nspec:\n  template: {" + pod + "}\n", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes, _ := Parse("f.yaml", []byte(tt.src+"metadata: {name: w}\n"), Options{})
			if len(nodes) != 1 {
				t.Fatalf("got %d nodes, want 1", len(nodes))
			}
			n := nodes[0]
			var got []any
			if tmpl, ok := n.Facts["pod_template"]; ok {
				got = []any{tmpl, n.Facts["service_account"], n.Facts["service_account_path"]}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
			if got := len(n.Unknown) > 0; got != tt.unknown {
				t.Errorf("unknown paths %v, want some: %v", n.Unknown, tt.unknown)
			}
		})
	}
}

func TestValues(t *testing.T) {
	src := `apiVersion: v1
kind: ConfigMap
metadata: {name: v}
data:
  bool: true
  quoted: "true"
  yes: yes
  on: on
  int: 42
  negative: -7
  octal: 0o17
  hex: 0x1F
  big: 99999999999999999999
  float: 1.5
  exp: 1e3
  inf: .inf
  null: ~
  empty:
  date: 2024-01-02
  tagged: !!str 12
  binary: !!binary aGk=
  custom: !thing x
  1: one
  true: two
  ? [a, b]
  : three
`
	nodes, diags := Parse("f.yaml", []byte(src), Options{})
	if len(nodes) != 1 || len(diags) != 0 {
		t.Fatalf("got %d nodes, diagnostics %v", len(nodes), diags)
	}
	want := map[string]any{
		"bool": true, "quoted": "true", "yes": "yes", "on": "on",
		"int": int64(42), "negative": int64(-7), "octal": int64(15), "hex": int64(31), "big": float64(99999999999999999999),
		"float": 1.5, "exp": 1000.0, "inf": ".inf", "null": nil, "empty": nil,
		"date": "2024-01-02", "tagged": "12", "binary": "hi", "custom": "x",
		"1": "one", "true": "two", `["a","b"]`: "three",
	}
	if diff := cmp.Diff(want, nodes[0].Attrs["data"]); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}

func TestMergeAndDuplicates(t *testing.T) {
	src := `apiVersion: v1
kind: ConfigMap
metadata: {name: m}
base: &base {a: 1, b: 2}
more: &more {b: 3, c: 4}
data:
  <<: [*base, *more]
  a: 0
  x: 1
  x: 2
`
	nodes, diags := Parse("f.yaml", []byte(src), Options{})
	if len(nodes) != 1 {
		t.Fatalf("got %d nodes, want 1", len(nodes))
	}
	want := map[string]any{"a": int64(0), "b": int64(2), "c": int64(4), "x": int64(2)}
	if diff := cmp.Diff(want, nodes[0].Attrs["data"]); diff != "" {
		t.Errorf("merged (-want +got):\n%s", diff)
	}
	if r := nodes[0].Ranges["data.b"]; short(r) != "4:23-4:24 @73-74" {
		t.Errorf("merged value range %s, want its definition in base", short(r))
	}
	if len(diags) != 1 || diags[0].Code != graph.CodeYAMLSyntax || short(diags[0].Subject) != "10:3-10:4 @144-145" {
		t.Errorf("diagnostics %v, want one duplicate key at line 10", diags)
	}
}
