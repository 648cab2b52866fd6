package kubernetes

import (
	"strconv"

	"github.com/moatscan/moat/graph"
)

// Container is one container of a workload's pod template.
type Container struct {
	Path graph.Path     // where the container is in the node's attributes
	Spec map[string]any // the container object
}

// TemplatePath returns the path of a workload node's pod template, as
// Parse recorded it in the pod_template fact.
func TemplatePath(n *graph.Node) (graph.Path, bool) { return FactPath(n, "pod_template") }

// FactPath reads a path that Parse recorded as a fact (pod_template,
// service_account_path).
func FactPath(n *graph.Node, key string) (graph.Path, bool) {
	steps, ok := n.Facts[key].([]any)
	if !ok {
		return nil, false
	}
	p := make(graph.Path, 0, len(steps))
	for _, s := range steps {
		switch v := s.(type) {
		case string:
			p = append(p, v)
		case int:
			p = append(p, strconv.Itoa(v))
		}
	}
	return p, true
}

// Containers lists the init, regular and ephemeral containers of a
// workload node's pod template; nil for other nodes.
func Containers(n *graph.Node) []Container {
	tp, ok := TemplatePath(n)
	if !ok {
		return nil
	}
	tmpl, _ := lookup(n.Attrs, tp).(map[string]any)
	spec, _ := tmpl["spec"].(map[string]any)
	var out []Container
	for _, field := range []string{"initContainers", "containers", "ephemeralContainers"} {
		list, _ := spec[field].([]any)
		for i, c := range list {
			if m, ok := c.(map[string]any); ok {
				out = append(out, Container{Path: tp.Append("spec", field, i), Spec: m})
			}
		}
	}
	return out
}
