package arm

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/value"
)

// maxCopy is ARM's limit on the count of one copy loop.
const maxCopy = 800

// isPropertyCopy reports whether an object member is a property copy
// element: "copy": [{"name": ..., "count": ..., "input": ...}].
func isPropertyCopy(m jsonpos.Field) bool {
	if !strings.EqualFold(m.Key, "copy") || m.Value.Kind != jsonpos.Array || len(m.Value.Items) == 0 {
		return false
	}
	for _, c := range m.Value.Items {
		if c.Kind != jsonpos.Object || c.Lookup("name") == nil || c.Lookup("input") == nil {
			return false
		}
	}
	return true
}

// count evaluates a copy element's count. It is false when the count is
// unknown; counts ARM refuses are reported and clamped.
func (s scope) count(c *jsonpos.Value) (n int64, known bool) {
	cv := c.Lookup("count")
	if cv == nil {
		s.d.report(graph.Diagnostic{Severity: graph.Error, Code: graph.CodeARMTemplate, Subject: c.Range,
			Summary: "copy without count", Detail: "a copy element needs a count; ARM rejects it, and it is evaluated once with an unknown index"})
		return 0, false
	}
	v := s.eval(cv)
	switch x := v.(type) {
	case int64:
		n = x
	case *value.Unknown:
		return 0, false
	default:
		s.d.report(graph.Diagnostic{Severity: graph.Error, Code: graph.CodeARMTemplate, Subject: cv.Range,
			Summary: "copy count is not an integer", Detail: fmt.Sprintf("the count is %s; ARM rejects it", value.TypeName(v))})
		return 0, false
	}
	switch {
	case n < 0:
		s.d.report(graph.Diagnostic{Severity: graph.Error, Code: graph.CodeARMTemplate, Subject: cv.Range,
			Summary: "negative copy count", Detail: fmt.Sprintf("the count is %d; ARM rejects it", n)})
		return 0, true
	case n > maxCopy:
		s.d.report(graph.Diagnostic{Severity: graph.Error, Code: graph.CodeARMLimit, Subject: cv.Range,
			Summary: "copy count beyond ARM's limit",
			Detail:  fmt.Sprintf("the count is %d and ARM allows at most %d; ARM rejects the template, and moat checks the first %d", n, maxCopy, maxCopy)})
		return maxCopy, true
	}
	return n, true
}

// copyItems evaluates a property, variable or output copy element into
// its name and items, its input evaluated once per index. An output loop
// is read by copyIndex() without a name, the others by name.
func (s scope) copyItems(c *jsonpos.Value, output bool) (string, any) {
	name := str(c.Lookup("name"))
	input := c.Lookup("input")
	n, known := s.count(c)
	if !known {
		return name, &value.Unknown{Reason: "the copy count of " + name + " is known only at deployment"}
	}
	if !s.d.take(int(n)) {
		return name, &value.Unknown{Reason: "evaluation limit reached"}
	}
	items := make([]any, n)
	for i := range n {
		items[i] = s.with(loop{name: name, index: i, resource: output}).eval(input)
	}
	return name, items
}
