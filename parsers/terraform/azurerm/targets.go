package azurerm

import (
	"sync"

	"strings"

	"github.com/moatscan/moat/graph"
)

// ARMType returns the ARM type a Terraform resource type maps onto.
func ARMType(tfType string) (string, bool) {
	sp, ok := specs[tfType]
	return sp.arm, ok
}

// TargetPath maps an attribute path of a Terraform resource type (an
// exported attribute read by a reference: id, oidc_issuer_url,
// identity[0].principal_id, ...) onto the ARM path of the graph node. It
// reports false for unmapped types and attributes.
func TargetPath(tfType string, p graph.Path) (graph.Path, bool) {
	key := tfType + "\x00" + p.String()
	if t, ok := targets.Load(key); ok {
		r := t.(cachedTarget)
		return r.path, r.ok
	}
	path, ok := targetPath(tfType, p)
	targets.Store(key, cachedTarget{path, ok})
	return path, ok
}

// targets caches TargetPath: a configuration reads the same few
// attributes (id, name, principal_id) of thousands of instances.
var targets sync.Map

type cachedTarget struct {
	path graph.Path
	ok   bool
}

func targetPath(tfType string, p graph.Path) (graph.Path, bool) {
	var rules []rule
	if isAzapi(tfType) {
		rules = append(azapiRules(false, false), outputRule)
	} else {
		sp, ok := specs[tfType]
		if !ok {
			return nil, false
		}
		rules = sp.rules
	}
	if len(p) == 0 {
		return nil, true
	}
	ts := translate(rules, p, nil, nil, nil)
	if len(ts) == 0 {
		return nil, false
	}
	return nonEmpty(ts[0].path), true
}

// typeOf returns the resource type of an instance address:
// module.net["a"].data.azurerm_subnet.s[0] → azurerm_subnet.
func typeOf(address string) string {
	steps := addressSteps(address)
	for len(steps) >= 2 && steps[0] == "module" {
		steps = steps[2:]
	}
	if len(steps) > 0 && steps[0] == "data" {
		steps = steps[1:]
	}
	if len(steps) == 0 {
		return ""
	}
	return steps[0]
}

// addressSteps splits an address at the dots outside instance keys and
// drops the keys: module.a["x.y"].t.n[0] → module a t n.
func addressSteps(address string) []string {
	var steps []string
	var cur strings.Builder
	depth, quoted := 0, false
	for i := 0; i < len(address); i++ {
		c := address[i]
		switch {
		case quoted && c == '\\':
			i++
		case quoted:
			quoted = c != '"'
		case c == '"' && depth > 0:
			quoted = true
		case c == '[':
			depth++
		case c == ']':
			depth = max(depth-1, 0)
		case c == '.' && depth == 0:
			steps = append(steps, cur.String())
			cur.Reset()
		case depth == 0:
			cur.WriteByte(c)
		}
	}
	return append(steps, cur.String())
}
