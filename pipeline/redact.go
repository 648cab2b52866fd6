package pipeline

import (
	"regexp"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/kubernetes"
)

// credentialName matches environment variable names that hold secrets.
var credentialName = regexp.MustCompile(`(?i)(key|secret|token|passw(or)?d|credential|connection_?string)`)

// sensitiveRanges lists the ranges of secret values in g's nodes, per
// file: every value of a Secret's data and stringData, and literal
// environment values whose variable name says they are credentials. The
// text writer masks them when it quotes source.
func sensitiveRanges(g *graph.Graph) map[string][]graph.Range {
	out := map[string][]graph.Range{}
	add := func(n *graph.Node, p graph.Path) {
		if r, ok := n.Ranges[p.String()]; ok {
			out[r.Filename] = append(out[r.Filename], r)
		}
	}
	for _, n := range g.Nodes() {
		if !n.IsKubernetes() {
			continue
		}
		if kind, _ := n.Attrs["kind"].(string); kind == "Secret" {
			for _, field := range []string{"data", "stringData"} {
				m, _ := n.Attrs[field].(map[string]any)
				for key := range m {
					add(n, graph.P(field, key))
				}
			}
		}
		for _, env := range literalEnv(n) {
			if credentialName.MatchString(env.name) {
				add(n, env.path)
			}
		}
	}
	return out
}

type envValue struct {
	name string
	path graph.Path
}

// literalEnv lists the literal env values of a workload's containers.
func literalEnv(n *graph.Node) []envValue {
	var out []envValue
	for _, c := range kubernetes.Containers(n) {
		env, _ := c.Spec["env"].([]any)
		for j, e := range env {
			em, _ := e.(map[string]any)
			name, _ := em["name"].(string)
			if _, ok := em["value"].(string); ok {
				out = append(out, envValue{name, c.Path.Append("env", j, "value")})
			}
		}
	}
	return out
}
