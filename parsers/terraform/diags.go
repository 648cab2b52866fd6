package terraform

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"
	"github.com/moatscan/moat/parsers/terraform/funcs"
)

// suggestion is the hint HCL appends to an unknown name. HCL picks the
// first close name in map order, so the same input could give different
// hints; moat drops it and, for functions, picks the closest name itself.
var suggestion = regexp.MustCompile(` Did you mean [^ ]+\?$`)

var unknownFunc = regexp.MustCompile(`^There is no function named "([^"]+)"`)

// detail returns a diagnostic's detail in a form that is the same on every
// run: without HCL's map-ordered suggestions, and without the stack trace
// go-cty attaches when an operation panics (an infinity in an arithmetic
// operation, say).
func detail(d *hcl.Diagnostic) string {
	s := d.Detail
	if i := strings.IndexByte(s, '\n'); i >= 0 && strings.Contains(s, "panic") {
		s = s[:i]
	}
	switch d.Summary {
	case "Unknown variable", "Call to unknown function":
		s = suggestion.ReplaceAllString(s, "")
	}
	if m := unknownFunc.FindStringSubmatch(s); m != nil {
		if best := closest(m[1]); best != "" {
			s += ` Did you mean "` + best + `"?`
		}
	}
	return s
}

// closest returns the function name nearest to name (an edit distance
// under 3, as HCL's own hint), the first in name order among equals.
func closest(name string) string {
	best, dist := "", 3
	for _, n := range funcNames() {
		if d := levenshtein.Distance(name, n, nil); d < dist {
			best, dist = n, d
		}
	}
	return best
}

// funcNames lists the functions in name order; the table's names do not
// depend on its options.
var funcNames = sync.OnceValue(func() []string {
	var names []string
	for n := range funcs.Table(funcs.Options{}) {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
})
