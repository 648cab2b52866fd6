package report

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/finding"
)

// suppressed is what a suppressed finding counts as.
const suppressed = "suppressed"

// shown reports whether f is listed: a counted finding always, the others
// only with ShowSuppressed, and never when Quiet.
func (t *textWriter) shown(f finding.Finding) bool {
	return f.Counted() || t.opts.ShowSuppressed && !t.opts.Quiet
}

// findings lists the shown findings grouped by file. The report is sorted,
// so the findings of a file are next to each other.
func (t *textWriter) findings(fs []finding.Finding) {
	var group []finding.Finding
	for _, f := range fs {
		if !t.shown(f) {
			continue
		}
		if len(group) > 0 && group[0].Location.Range.Filename != f.Location.Range.Filename {
			t.group(group)
			group = group[:0]
		}
		group = append(group, f)
	}
	if len(group) > 0 {
		t.group(group)
	}
}

// group prints the findings of one file under a header with its path and
// counts; findings about no file, and Quiet output, get no header.
func (t *textWriter) group(fs []finding.Finding) {
	if name := fs[0].Location.Range.Filename; name != "" && !t.opts.Quiet {
		fmt.Fprintf(&t.buf, "%s (%s)\n", t.paint(bold, clean(name)), fileCounts(fs))
	}
	for _, f := range fs {
		t.finding(f)
	}
}

// fileCounts is "2 errors, 1 warning, 1 suppressed": the counted findings
// by level, then the suppressed and baseline ones shown, leaving out
// zeros.
func fileCounts(fs []finding.Finding) string {
	c := map[string]int{}
	for _, f := range fs {
		c[countedAs(f)]++
	}
	var parts []string
	for _, k := range []string{"error", "warning", "note"} {
		if c[k] > 0 {
			parts = append(parts, plural(c[k], k))
		}
	}
	for _, k := range []string{suppressed, finding.Unchanged, finding.Updated, finding.Absent} {
		if c[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c[k], k))
		}
	}
	return strings.Join(parts, ", ")
}

// countedAs is what a finding counts as: its level when counted, else
// "suppressed" or its baseline state. The summary counts the same way.
func countedAs(f finding.Finding) string {
	switch {
	case f.Counted():
		return string(f.Level)
	case f.Suppressed():
		return suppressed
	}
	return f.BaselineState
}

func (t *textWriter) finding(f finding.Finding) {
	lvl := string(f.Level)
	style := levelStyle(lvl)
	if !f.Counted() {
		style = dim
	}
	fmt.Fprintf(&t.buf, "%s%s %s: %s%s\n", t.where(f.Location.Range), t.paint(style, clean(lvl)),
		t.paint(bold, clean(f.RuleID)), clean(f.Message), t.marks(f))
	t.snippet(f.Location.Range, style)
	for _, s := range f.Suppressions {
		why := clean(s.Justification)
		if why == "" {
			why = "no justification given"
		}
		if s.Expires != "" {
			why += " (until " + clean(s.Expires) + ")"
		}
		fmt.Fprintf(&t.buf, "  %s %s%s\n", t.paint(dim, "suppressed:"), t.where(s.Location), why)
	}
	for _, rel := range f.Related {
		msg := clean(rel.Message)
		if msg == "" {
			msg = clean(rel.Node)
		}
		fmt.Fprintf(&t.buf, "  %s %s%s\n", t.paint(dim, "related:"), t.where(rel.Range), msg)
	}
	t.buf.WriteByte('\n')
}

// marks is " (suppressed)", " (unchanged)", " (suppressed, updated)"…
// after the message of a finding that does not count; "" for one that
// does.
func (t *textWriter) marks(f finding.Finding) string {
	var m []string
	if f.Suppressed() {
		m = append(m, suppressed)
	}
	switch f.BaselineState {
	case finding.Unchanged, finding.Updated, finding.Absent:
		m = append(m, f.BaselineState)
	}
	if len(m) == 0 {
		return ""
	}
	return " " + t.paint(dim, "("+strings.Join(m, ", ")+")")
}
