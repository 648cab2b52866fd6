package report

import (
	"fmt"

	"github.com/moatscan/moat/finding"
)

// coverage writes the requirement coverage report for people: per rule,
// a line with its counts, then one line per resource in its scope with
// its status and, for violating and undetermined ones, why.
func (t *textWriter) coverage(c *finding.Coverage) {
	if c == nil {
		return
	}
	t.buf.WriteString(t.paint(bold, "Requirement coverage") + "\n")
	for _, rc := range c.Requirements {
		counts := map[string]int{}
		for _, s := range rc.Resources {
			counts[s.Status]++
		}
		status := "not applicable: no resource in scope"
		if len(rc.Resources) > 0 {
			status = fmt.Sprintf("%d compliant, %d violating, %d undetermined",
				counts[finding.StatusCompliant], counts[finding.StatusViolating], counts[finding.StatusUndetermined])
		}
		fmt.Fprintf(&t.buf, "%s %s: %s\n", t.paint(bold, rc.ID), rc.Title, status)
		for _, s := range rc.Resources {
			fmt.Fprintf(&t.buf, "  %-12s %s%s\n", t.paint(statusStyle(s.Status), s.Status), t.where(s.Location.Range), s.Node)
			for _, why := range s.Reasons {
				fmt.Fprintf(&t.buf, "               %s\n", why)
			}
		}
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
