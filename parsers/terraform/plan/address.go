package plan

import (
	"strconv"
	"strings"

	"github.com/moatscan/moat/graph"
)

// step is one step of an address or reference: an attribute name, or an
// index written [0] or ["key"].
type step struct {
	name  string // attribute name, or the index's value (decimal or the decoded key)
	index bool
	raw   string // the step as written: name, [0], ["key"]
	end   int    // the byte after the step in the text it was read from
}

// parseTraversal splits a Terraform address or reference such as
// module.net["a"].azurerm_subnet.s["x"].id into steps. Keys are quoted
// strings (Go syntax, as Terraform writes them for ordinary keys);
// numeric indexes are decimal digits.
func parseTraversal(s string) ([]step, bool) {
	var out []step
	for i := 0; i < len(s); {
		switch {
		case s[i] == '[':
			st, n, ok := parseIndex(s[i:])
			if !ok || len(out) == 0 {
				return nil, false
			}
			i += n
			st.end = i
			out = append(out, st)
		case s[i] == '.' && len(out) > 0 || len(out) == 0:
			if len(out) > 0 {
				i++
			}
			end := i
			for end < len(s) && s[end] != '.' && s[end] != '[' {
				end++
			}
			if end == i {
				return nil, false
			}
			out = append(out, step{name: s[i:end], raw: s[i:end], end: end})
			i = end
		default:
			return nil, false
		}
	}
	return out, len(out) > 0
}

// parseIndex reads the index step at the start of s and its length.
func parseIndex(s string) (step, int, bool) {
	if len(s) > 1 && s[1] == '"' {
		q, err := strconv.QuotedPrefix(s[1:])
		if err != nil || len(s) < len(q)+2 || s[1+len(q)] != ']' {
			return step{}, 0, false
		}
		key, _ := strconv.Unquote(q)
		return step{name: key, index: true, raw: s[:len(q)+2]}, len(q) + 2, true
	}
	end := strings.IndexByte(s, ']')
	if end < 2 || strings.Trim(s[1:end], "0123456789") != "" {
		return step{}, 0, false
	}
	return step{name: s[1:end], index: true, raw: s[:end+1]}, end + 1, true
}

// splitAddress splits a resource instance address into its module part
// (module.net["a"], "" in the root module) and the names of the module
// calls on the way (net), which address the module's configuration.
func splitAddress(addr string) (string, []string, bool) {
	steps, ok := parseTraversal(addr)
	if !ok {
		return "", nil, false
	}
	var calls []string
	module := ""
	i := 0
	for i+1 < len(steps) && steps[i].name == "module" && !steps[i].index && !steps[i+1].index {
		calls = append(calls, steps[i+1].name)
		i += 2
		if i < len(steps) && steps[i].index {
			i++
		}
		module = addr[:steps[i-1].end]
	}
	if i < len(steps) && steps[i].name == "data" && !steps[i].index {
		i++
	}
	rest := steps[i:]
	if len(rest) < 2 || len(rest) > 3 || rest[0].index || rest[1].index || len(rest) == 3 && !rest[2].index {
		return "", nil, false
	}
	return module, calls, true
}

// resourceRef is a reference to a resource: the resource address as the
// reference writes it (data.x.y, x.y or x.y["k"]), whether it names an
// instance key, and the attribute path read after it.
type resourceRef struct {
	target string
	keyed  bool
	attr   graph.Path
}

// notResources are the first words of references to things other than
// resources of the same module.
var notResources = map[string]bool{
	"var": true, "local": true, "each": true, "count": true, "path": true,
	"module": true, "terraform": true, "self": true,
}

// parseRef reads a reference from a configuration expression, reporting
// false for one that does not name a resource.
func parseRef(s string) (resourceRef, bool) {
	steps, ok := parseTraversal(s)
	if !ok || steps[0].index || notResources[steps[0].name] {
		return resourceRef{}, false
	}
	prefix := ""
	if steps[0].name == "data" {
		prefix, steps = "data.", steps[1:]
	}
	if len(steps) < 2 || steps[0].index || steps[1].index {
		return resourceRef{}, false
	}
	ref := resourceRef{target: prefix + steps[0].name + "." + steps[1].name}
	steps = steps[2:]
	if len(steps) > 0 && steps[0].index {
		ref.target += steps[0].raw
		ref.keyed = true
		steps = steps[1:]
	}
	for _, st := range steps {
		ref.attr = append(ref.attr, st.name)
	}
	return ref, true
}
