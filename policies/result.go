package policies

import (
	"encoding/json"
	"fmt"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// denial is the shape of one deny result.
type denial struct {
	Msg       string    `json:"msg"`
	Resource  string    `json:"resource"`
	Attr      []any     `json:"attr"`
	Level     string    `json:"level"`
	Heuristic bool      `json:"heuristic"`
	Sensitive bool      `json:"sensitive"`
	Related   []related `json:"related"`
	// Undetermined marks a result that says the rule could not decide;
	// it is a note.
	Undetermined bool `json:"undetermined"`
	// Advisory marks a note about a resource that meets the requirement.
	Advisory  bool   `json:"advisory"`
	AppliesTo string `json:"applies_to"`
	// Key points the finding at the attribute's key rather than its
	// value, where the parser recorded the key (an object or a list).
	Key bool `json:"key"`
}

type related struct {
	Resource string `json:"resource"`
	Attr     []any  `json:"attr"`
	Msg      string `json:"msg"`
}

// Locate turns a deny result into a located finding. The result's level
// may lower the rule's severity, never raise it; a finding that rests on a
// heuristic link is at most a warning (catalog §8.6).
func Locate(g *graph.Graph, raw Raw) (finding.Finding, error) {
	var d denial
	b, err := json.Marshal(raw.Value)
	if err == nil {
		err = json.Unmarshal(b, &d)
	}
	if err != nil {
		return finding.Finding{}, fmt.Errorf("%s: decode deny result: %w", raw.Rule.ID, err)
	}
	if d.Msg == "" || d.Resource == "" {
		return finding.Finding{}, fmt.Errorf("%s: deny result lacks msg or resource: %s", raw.Rule.ID, b)
	}
	level := raw.Rule.Severity
	if d.Level != "" {
		l, err := finding.ParseLevel(d.Level)
		if err != nil {
			return finding.Finding{}, fmt.Errorf("%s: %w", raw.Rule.ID, err)
		}
		if l.Rank() < level.Rank() {
			level = l
		}
	}
	if d.Heuristic && level == finding.Error {
		level = finding.Warning
	}
	if d.Undetermined || d.Advisory {
		level = finding.Note
	}
	loc, err := location(g, d.Resource, d.Attr, "")
	if err != nil {
		return finding.Finding{}, fmt.Errorf("%s: %w", raw.Rule.ID, err)
	}
	if r, ok := g.Node(d.Resource).Keys[loc.Attr.String()]; ok && d.Key {
		loc.Range = r
	}
	f := finding.Finding{RuleID: raw.Rule.ID, Level: level, Message: d.Msg, Location: loc, Heuristic: d.Heuristic,
		Undetermined: d.Undetermined, Advisory: d.Advisory, AppliesTo: d.AppliesTo, Sensitive: d.Sensitive}
	for _, r := range d.Related {
		rl, err := location(g, r.Resource, r.Attr, r.Msg)
		if err != nil {
			return finding.Finding{}, fmt.Errorf("%s: related: %w", raw.Rule.ID, err)
		}
		f.Related = append(f.Related, rl)
	}
	f.Related = append(f.Related, origins(g, d.Resource)...)
	return f, nil
}

// origins lists, as related locations, the module calls that declared a
// resource (outermost first), so that a finding inside a module also
// points at the call that gave it its arguments.
func origins(g *graph.Graph, id string) []finding.Location {
	n := g.Node(id)
	if n == nil {
		return nil
	}
	out := make([]finding.Location, 0, len(n.Origin))
	for _, o := range n.Origin {
		out = append(out, finding.Location{Node: id, Range: o, Message: originMessage(n, o)})
	}
	return out
}

// originMessage says what an origin of a node is: a module call, an ARM
// nested deployment, or the parameters file its values come from.
func originMessage(n *graph.Node, o graph.Range) string {
	if f, _ := n.Facts["parameters_file"].(string); f == o.Filename && (n.Format == graph.ARM || n.Format == graph.Bicep) {
		return "evaluated with the parameter values of this file"
	}
	if n.Format != graph.ARM {
		return "declared through this module call"
	}
	return "declared through this nested deployment"
}

func location(g *graph.Graph, id string, attr []any, msg string) (finding.Location, error) {
	p := make(graph.Path, len(attr))
	for i, s := range attr {
		switch v := s.(type) {
		case string:
			p[i] = v
		case float64:
			p[i] = fmt.Sprint(int64(v))
		case json.Number:
			p[i] = v.String()
		default:
			return finding.Location{}, fmt.Errorf("attr step %v of %s is %T", s, id, s)
		}
	}
	r, ok := g.Locate(id, p)
	if !ok {
		return finding.Location{}, fmt.Errorf("resource %q is not in the graph", id)
	}
	return finding.Location{Node: id, Attr: p, Range: r, Message: msg}, nil
}
