package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/moatscan/moat/baseline"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/report"
	"github.com/moatscan/moat/report/sarif"
)

// writeExtra writes the reports asked for beside the main one: the SARIF
// file (--sarif) and the counts (--summary).
func (f *scanFlags) writeExtra(rep *finding.Report, threshold finding.Level) error {
	if f.sarifFile != "" {
		var buf bytes.Buffer
		if err := sarif.Write(&buf, rep); err != nil {
			return err
		}
		if err := writeFile(f.sarifFile, buf.Bytes()); err != nil {
			return err
		}
	}
	if f.summaryFile != "" {
		return writeFile(f.summaryFile, counts(rep, threshold))
	}
	return nil
}

// counts is the --summary file: one NAME=VALUE line per count, in a fixed
// order, as a GitHub Actions step writes its outputs.
func counts(rep *finding.Report, threshold finding.Level) []byte {
	var findings, failing, suppressed, unchanged int
	for _, fd := range rep.Findings {
		switch {
		case fd.Suppressed():
			suppressed++
		case !fd.Counted():
			unchanged++
		default:
			findings++
			if fd.Level.Rank() >= threshold.Rank() {
				failing++
			}
		}
	}
	c := rep.Counts()
	var buf bytes.Buffer
	for _, kv := range []struct {
		name string
		n    int
	}{
		{"findings", findings}, {"errors", c[finding.Error]}, {"warnings", c[finding.Warning]}, {"notes", c[finding.Note]},
		{"failing", failing}, {"suppressed", suppressed}, {"unchanged", unchanged}, {"absent", len(rep.Absent)},
		{"files", len(rep.Files)},
	} {
		fmt.Fprintf(&buf, "%s=%d\n", kv.name, kv.n)
	}
	return buf.Bytes()
}

// readBaseline reads --baseline, or returns nil without one.
func (f *scanFlags) readBaseline() (*baseline.Baseline, error) {
	if f.baselineFile == "" {
		return nil, nil
	}
	r, err := os.Open(f.baselineFile)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %w", err)
	}
	defer func() { _ = r.Close() }()
	b, err := baseline.Read(r, f.baselineFile)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %w", err)
	}
	return b, nil
}

// ruleIDs lists the IDs of rules.
func ruleIDs(rules []finding.Rule) []string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return ids
}

// progressLine shows how far parsing is, on a terminal, for scans of
// more than a few hundred files.
type progressLine struct {
	w     io.Writer
	color bool
	p     *report.Progress
}

// minProgressFiles is the smallest scan that shows a progress line.
const minProgressFiles = 300

func (f *scanFlags) progress(stderr io.Writer) *progressLine {
	if !isTerminal(stderr) || f.quiet {
		return &progressLine{}
	}
	return &progressLine{w: stderr, color: !f.noColor && os.Getenv("NO_COLOR") == ""}
}

func (l *progressLine) update(done, total int) {
	if l.w == nil || total <= minProgressFiles {
		return
	}
	if l.p == nil {
		l.p = report.NewProgress(l.w, l.color)
	}
	l.p.Update(done, total)
}

func (l *progressLine) done() {
	if l.p != nil {
		l.p.Done()
	}
}
