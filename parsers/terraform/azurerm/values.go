package azurerm

import (
	"sort"
	"strconv"

	"github.com/moatscan/moat/graph"
)

// putPath returns c with v written at p, creating objects and arrays on
// the way; objects written onto objects merge.
func putPath(c any, p graph.Path, v any) any {
	if len(p) == 0 {
		old, ok1 := c.(map[string]any)
		nv, ok2 := v.(map[string]any)
		if ok1 && ok2 {
			for k, e := range nv {
				old[k] = e
			}
			return old
		}
		return v
	}
	if i, ok := index(p[0]); ok {
		s, _ := c.([]any)
		for len(s) <= i {
			s = append(s, nil)
		}
		s[i] = putPath(s[i], p[1:], v)
		return s
	}
	o, _ := c.(map[string]any)
	if o == nil {
		o = map[string]any{}
	}
	o[p[0]] = putPath(o[p[0]], p[1:], v)
	return o
}

// lookup returns the value at p of plain data.
func lookup(c any, p graph.Path) (any, bool) { return graph.Lookup(c, p) }

// index reads a path step that is an array index.
func index(s string) (int, bool) {
	if s == "" || len(s) > 6 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0
}

// empty reports whether v holds nothing: an empty list, object or string.
func empty(v any) bool {
	switch x := v.(type) {
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	case string:
		return x == ""
	}
	return v == nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
