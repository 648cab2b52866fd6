package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// TextOptions controls the text output.
type TextOptions struct {
	// Color turns on ANSI colours. The CLI sets it on a terminal and not
	// when NO_COLOR is set.
	Color bool
	// Source reads a file for snippets; nil means no snippets. A file it
	// cannot read gets no snippet, and is no error.
	Source func(filename string) ([]byte, error)
}

// Text writes r for people. Each finding is a line
// "file:line:col: level RULE-ID: message", the source lines of its range
// (at most three, the first underlined) and its related locations as
// "  related: file:line:col: message". Then come the input diagnostics
// ("file:line:col: severity[code]: summary: detail"), the skipped and
// failed files ("path: failed: reason"), the skipped ones grouped by
// reason, the requirement coverage when the report has it, and a summary
// line such as
// "3 errors, 1 warning, 0 notes in 12 files (2 skipped)".
func Text(w io.Writer, r *finding.Report, opts TextOptions) error {
	if r == nil {
		r = &finding.Report{}
	}
	t := &textWriter{opts: opts, sources: make(map[string]*source)}
	for _, f := range r.Findings {
		t.finding(f)
	}
	t.diagnostics(r.Diagnostics)
	t.files(r.Files)
	t.coverage(r.Coverage)
	t.buf.WriteString(t.paint(bold, summarize(r).String()) + "\n")
	if _, err := w.Write(t.buf.Bytes()); err != nil {
		return fmt.Errorf("write text report: %w", err)
	}
	return nil
}

// textWriter collects the output of one Text call. sources caches the
// files read for snippets; it is only looked up, never iterated.
type textWriter struct {
	buf     bytes.Buffer
	opts    TextOptions
	sources map[string]*source
}

// ANSI styles.
const (
	bold   = "1"
	dim    = "2"
	red    = "1;31"
	yellow = "1;33"
	cyan   = "1;36"
)

// paint wraps s in an ANSI style when colour is on.
func (t *textWriter) paint(style, s string) string {
	if !t.opts.Color || s == "" {
		return s
	}
	return "\x1b[" + style + "m" + s + "\x1b[0m"
}

// levelStyle is the colour of a level or severity name.
func levelStyle(name string) string {
	switch name {
	case "error":
		return red
	case "warning":
		return yellow
	}
	return cyan
}

// where is "file:line:col: ", or "" when the range names no file.
func (t *textWriter) where(rg graph.Range) string {
	if rg.Filename == "" {
		return ""
	}
	return t.paint(bold, clean(rg.String())+":") + " "
}

func (t *textWriter) finding(f finding.Finding) {
	lvl := string(f.Level)
	fmt.Fprintf(&t.buf, "%s%s %s: %s\n", t.where(f.Location.Range), t.paint(levelStyle(lvl), clean(lvl)),
		t.paint(bold, clean(f.RuleID)), clean(f.Message))
	t.snippet(f.Location.Range, levelStyle(lvl))
	for _, rel := range f.Related {
		msg := clean(rel.Message)
		if msg == "" {
			msg = clean(rel.Node)
		}
		fmt.Fprintf(&t.buf, "  %s %s%s\n", t.paint(dim, "related:"), t.where(rel.Range), msg)
	}
	t.buf.WriteByte('\n')
}

func (t *textWriter) diagnostics(ds graph.Diagnostics) {
	for _, d := range ds {
		sev := d.Severity.String()
		fmt.Fprintf(&t.buf, "%s%s: %s", t.where(d.Subject), t.paint(levelStyle(sev), sev+"["+clean(d.Code)+"]"), clean(d.Summary))
		if d.Detail != "" {
			t.buf.WriteString(": " + clean(d.Detail))
		}
		t.buf.WriteByte('\n')
	}
	if len(ds) > 0 {
		t.buf.WriteByte('\n')
	}
}

// files prints each failed file, and the skipped ones grouped by reason
// with a few of their paths: a repository of formats moat cannot read yet
// would otherwise bury the findings.
func (t *textWriter) files(files []finding.File) {
	n := 0
	var reasons []string
	skipped := map[string][]string{}
	for _, f := range files {
		switch f.Status {
		case finding.Failed:
			n++
			fmt.Fprintf(&t.buf, "%s %s", t.paint(bold, clean(f.Path)+":"), clean(f.Status))
			if f.Reason != "" {
				t.buf.WriteString(": " + clean(f.Reason))
			}
			t.buf.WriteByte('\n')
		case finding.Skipped:
			if _, seen := skipped[f.Reason]; !seen {
				reasons = append(reasons, f.Reason)
			}
			skipped[f.Reason] = append(skipped[f.Reason], f.Path)
		}
	}
	for _, reason := range reasons {
		n++
		paths := skipped[reason]
		fmt.Fprintf(&t.buf, "%s %s", t.paint(bold, "skipped "+plural(len(paths), "file")+":"), clean(reason))
		t.buf.WriteString(" (" + clean(listSome(paths, 3)) + ")\n")
	}
	if n > 0 {
		t.buf.WriteByte('\n')
	}
}

// listSome joins up to max items and says how many more there are.
func listSome(items []string, max int) string {
	if len(items) <= max {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:max], ", ") + fmt.Sprintf(" and %d more", len(items)-max)
}
