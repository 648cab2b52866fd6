package report

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/finding"
)

// coverage writes the requirement coverage report for people: per rule
// with resources in scope, a line with its counts, then one line per
// resource with its status and the findings' messages; then the rules with
// no resource in scope on one line, and the requirements no static check
// decides.
func (t *textWriter) coverage(c *finding.Coverage) {
	if c == nil {
		return
	}
	t.buf.WriteString(t.paint(bold, "Requirement coverage") + "\n")
	var none []string
	for _, rc := range c.Requirements {
		if len(rc.Resources) == 0 {
			none = append(none, rc.ID)
			continue
		}
		counts := map[string]int{}
		for _, s := range rc.Resources {
			counts[s.Status]++
		}
		fmt.Fprintf(&t.buf, "%s %s: %d compliant, %d violating, %d undetermined\n", t.paint(bold, rc.ID), rc.Title,
			counts[finding.StatusCompliant], counts[finding.StatusViolating], counts[finding.StatusUndetermined])
		for _, s := range rc.Resources {
			fmt.Fprintf(&t.buf, "  %-12s %s%s\n", t.paint(statusStyle(s.Status), s.Status), t.where(s.Location.Range), s.Node)
			for _, why := range s.Reasons {
				fmt.Fprintf(&t.buf, "               %s\n", why)
			}
		}
	}
	if len(none) > 0 {
		fmt.Fprintf(&t.buf, "No resource in scope: %s\n", strings.Join(none, ", "))
	}
	for _, r := range c.NotCheckable {
		fmt.Fprintf(&t.buf, "%s %s: not statically checkable: %s\n", t.paint(bold, r.ID), r.Title, r.Reason)
	}
	fmt.Fprintf(&t.buf, "%d compliant, %d violating, %d undetermined; %d requirements without a resource in scope, %d not statically checkable\n\n",
		c.Compliant, c.Violating, c.Undetermined, c.NotApplicable, len(c.NotCheckable))
}

func statusStyle(s string) string {
	switch s {
	case finding.StatusViolating:
		return red
	case finding.StatusUndetermined:
		return yellow
	}
	return cyan
}
