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
	// ShowSuppressed lists the suppressed findings and those already in
	// the baseline too, each marked, instead of only counting them.
	ShowSuppressed bool
	// Quiet prints only the counted findings and the input diagnostics of
	// error severity: no file headers, file lists, coverage or summary,
	// and nothing at all when there are none. It wins over ShowSuppressed.
	Quiet bool
}

// Text writes r for people.
//
// Findings come grouped by file, in the report's order: a header with the
// path and its counts ("infra/main.tf (2 errors, 1 warning)"), then each
// finding as a line "file:line:col: level RULE-ID: message", the source
// lines of its range (at most three, the first underlined), its
// suppressions as "  suppressed: file:line:col: justification (until
// date)" and its related locations as "  related: file:line:col: message".
// Each finding line keeps the full path rather than a "line:col" under the
// header, as ESLint's stylish output prints: terminals and editors open
// "path:line:col" on a click, editors' problem matchers and grep read it
// without knowing the header above, and the output reads like a
// compiler's.
//
// Suppressed findings and those already in the baseline are listed only
// with ShowSuppressed, with "(suppressed)", "(unchanged)" or "(updated)"
// after the message; the summary counts them either way.
//
// Then come the input diagnostics ("file:line:col: severity[code]:
// summary: detail"), the failed files ("path: failed: reason"), the
// skipped ones grouped by reason, the requirement coverage when the report
// has it, and a summary line such as "3 errors, 1 warning, 0 notes in 12
// files (2 skipped); 3 suppressed; 4 unchanged since the baseline, 1
// fixed". Quiet leaves out all but the counted findings and the error
// diagnostics.
func Text(w io.Writer, r *finding.Report, opts TextOptions) error {
	if r == nil {
		r = &finding.Report{}
	}
	t := &textWriter{opts: opts, sources: make(map[string]*source)}
	t.findings(r.Findings)
	var out []byte
	if opts.Quiet {
		t.diagnostics(errorsOnly(r.Diagnostics))
		out = bytes.TrimSuffix(t.buf.Bytes(), []byte("\n")) // the blank line after the last item
	} else {
		t.diagnostics(r.Diagnostics)
		t.files(r.Files)
		t.coverage(r.Coverage)
		t.buf.WriteString(t.paint(bold, summarize(r).String()) + "\n")
		out = t.buf.Bytes()
	}
	if _, err := w.Write(out); err != nil {
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

// errorsOnly returns the diagnostics of error severity.
func errorsOnly(ds graph.Diagnostics) graph.Diagnostics {
	var out graph.Diagnostics
	for _, d := range ds {
		if d.Severity == graph.Error {
			out = append(out, d)
		}
	}
	return out
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
