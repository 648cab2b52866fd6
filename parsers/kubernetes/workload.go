package kubernetes

import "github.com/moatscan/moat/graph"

// podTemplates says where each workload kind keeps its pod template, by
// API group and kind.
var podTemplates = map[string]map[string][]string{
	"": {
		"Pod":                   {},
		"PodTemplate":           {"template"},
		"ReplicationController": {"spec", "template"},
	},
	"apps":        workloads("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"),
	"extensions":  workloads("Deployment", "DaemonSet", "ReplicaSet"),
	"batch":       {"Job": {"spec", "template"}, "CronJob": {"spec", "jobTemplate", "spec", "template"}},
	"argoproj.io": workloads("Rollout"),
}

func workloads(kinds ...string) map[string][]string {
	m := make(map[string][]string, len(kinds))
	for _, k := range kinds {
		m[k] = []string{"spec", "template"}
	}
	return m
}

// workloadFacts records, for a workload whose pod template is present, the
// template's path and the ServiceAccount its pods run as: the pod spec's
// serviceAccountName, else the deprecated serviceAccount, else "default".
// The path recorded is the field the name came from, or, when defaulted,
// where serviceAccountName would be written (it locates to the pod spec).
func workloadFacts(n *graph.Node, group, kind string) {
	path, ok := podTemplates[group][kind]
	if !ok {
		return
	}
	tmpl, ok := lookup(n.Attrs, path).(map[string]any)
	if !ok {
		return
	}
	fact(n, "pod_template", anyPath(path))
	spec := append(append([]string(nil), path...), "spec")
	podSpec, _ := tmpl["spec"].(map[string]any)
	account, from := "default", append(spec, "serviceAccountName")
	for _, field := range []string{"serviceAccountName", "serviceAccount"} {
		if s, _ := podSpec[field].(string); s != "" {
			account, from = s, append(spec, field)
			break
		}
	}
	fact(n, "service_account", account)
	fact(n, "service_account_path", anyPath(from))
}

// lookup returns the value at a path of keys, or nil.
func lookup(v any, path []string) any {
	for _, k := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// anyPath turns a path into the []any the policies read.
func anyPath(path []string) []any {
	out := make([]any, len(path))
	for i, s := range path {
		out[i] = s
	}
	return out
}

// fact sets one fact on n.
func fact(n *graph.Node, name string, v any) {
	if n.Facts == nil {
		n.Facts = make(map[string]any)
	}
	n.Facts[name] = v
}
